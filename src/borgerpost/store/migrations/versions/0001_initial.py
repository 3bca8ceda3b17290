"""Initial schema: messages, attachments, findings, staff, users, units, audit log, IMAP state.

The audit log is made append-only by triggers that refuse UPDATE and DELETE.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 12:17:26.831326
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=80), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_object_id'), ['object_id'], unique=False)

    op.create_table('imap_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=400), nullable=False),
    sa.Column('folder', sa.String(length=400), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('account', 'folder', name='uq_imap_account_folder')
    )
    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('message_id', sa.String(length=998), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_ref', sa.String(length=500), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('sender_name', sa.String(length=300), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('parse_error', sa.Text(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=True),
    sa.Column('queue', sa.String(length=60), nullable=True),
    sa.Column('assigned_to', sa.String(length=80), nullable=True),
    sa.Column('auto_submitted', sa.Boolean(), nullable=False),
    sa.Column('triage_status', sa.String(length=16), nullable=False),
    sa.Column('triage_error', sa.Text(), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_seen_by', sa.String(length=80), nullable=True),
    sa.Column('duplicate_of', sa.Integer(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('case_key', sa.String(length=160), nullable=True),
    sa.ForeignKeyConstraint(['duplicate_of'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_assigned_to'), ['assigned_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_queue'), ['queue'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sender'), ['sender'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_status'), ['status'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_messages_triage_status'), ['triage_status'], unique=False
        )
        batch_op.create_index(batch_op.f('ix_messages_unit'), ['unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_duplicate_of'), ['duplicate_of'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_messages_content_hash'), ['content_hash'],
                              unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'unit', name='uq_staff_name_unit')
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_unit'), ['unit'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('mailbox', sa.String(length=320), nullable=True),
    sa.Column('designated_colleague', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mailbox'),
    sa.UniqueConstraint('name')
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('content_type', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_message_pk'), ['message_pk'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('case_kind', sa.String(length=32), nullable=True),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('detector', sa.String(length=60), nullable=False),
    sa.Column('detector_version', sa.String(length=20), nullable=False),
    sa.Column('field', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('rule', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index('ix_findings_label_message', ['label', 'message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_message_pk'), ['message_pk'], unique=False)

    op.create_table('label_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('label_corrections', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_label_corrections_message_pk'), ['message_pk'], unique=False
        )

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('can_read_bodies', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('monitor_opt_in', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('case_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('paused_since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=80), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('fristbrev_sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fristbrev_sent_by', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('message_pk', 'kind', name='uq_case_requests_message_kind')
    )
    with op.batch_alter_table('case_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_requests_message_pk'), ['message_pk'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_case_requests_unit'), ['unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_requests_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_requests_status'), ['status'], unique=False)

    op.create_table('case_pauses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_request_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('ended_by', sa.String(length=80), nullable=True),
    sa.Column('working_days', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_request_id'], ['case_requests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_pauses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_pauses_case_request_id'), ['case_request_id'],
                              unique=False)

    _create_shielding_and_incident_tables()
    _create_fuldmagt_tables()
    _create_digest_senders()
    _create_monitor_tables()
    _make_audit_log_append_only()


def _create_shielding_and_incident_tables() -> None:
    op.create_table('shieldings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('assigned_to', sa.String(length=80), nullable=True),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('message_pk', 'staff_id', name='uq_shieldings_message_staff')
    )
    with op.batch_alter_table('shieldings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shieldings_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_shieldings_staff_id'), ['staff_id'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('units', sa.JSON(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('police_reported', sa.Boolean(), nullable=False),
    sa.Column('police_report_date', sa.Date(), nullable=True),
    sa.Column('police_journal_number', sa.String(length=60), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_status'), ['status'], unique=False)

    op.create_table('incident_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'staff_id', name='uq_incident_people')
    )
    with op.batch_alter_table('incident_people', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_incident_people_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_people_staff_id'), ['staff_id'], unique=False)

    op.create_table('incident_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'message_pk', name='uq_incident_messages')
    )
    with op.batch_alter_table('incident_messages', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_incident_messages_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_incident_messages_message_pk'), ['message_pk'], unique=False)


def _create_fuldmagt_tables() -> None:
    """The register of powers of attorney and each representative message's check."""
    op.create_table('fuldmagter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('representative_name', sa.String(length=300), nullable=False),
    sa.Column('representative_key', sa.String(length=300), nullable=False),
    sa.Column('representative_email', sa.String(length=320), nullable=True),
    sa.Column('representative_type', sa.String(length=30), nullable=False),
    sa.Column('citizen_name', sa.String(length=300), nullable=False),
    sa.Column('citizen_ref', sa.String(length=120), nullable=False),
    sa.Column('scope_all', sa.Boolean(), nullable=False),
    sa.Column('scope_case_kinds', sa.JSON(), nullable=False),
    sa.Column('scope_cases', sa.JSON(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('document', sa.LargeBinary(), nullable=True),
    sa.Column('document_filename', sa.String(length=500), nullable=True),
    sa.Column('document_content_type', sa.String(length=200), nullable=True),
    sa.Column('document_sha256', sa.String(length=64), nullable=True),
    sa.Column('document_size', sa.Integer(), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by', sa.String(length=80), nullable=True),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fuldmagter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fuldmagter_representative_key'),
                              ['representative_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_fuldmagter_representative_email'),
                              ['representative_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_fuldmagter_citizen_ref'), ['citizen_ref'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_fuldmagter_revoked'), ['revoked'], unique=False)

    op.create_table('representation_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('fuldmagt_id', sa.Integer(), nullable=True),
    sa.Column('representative_type', sa.String(length=30), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], ),
    sa.ForeignKeyConstraint(['fuldmagt_id'], ['fuldmagter.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('message_pk')
    )
    with op.batch_alter_table('representation_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_representation_checks_status'), ['status'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_representation_checks_fuldmagt_id'),
                              ['fuldmagt_id'], unique=False)


def _drop_fuldmagt_tables() -> None:
    op.drop_table('representation_checks')
    op.drop_table('fuldmagter')


def _create_digest_senders() -> None:
    op.create_table('digest_senders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('enabled_by', sa.String(length=80), nullable=False),
    sa.Column('enabled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('disabled_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('digest_senders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digest_senders_unit'), ['unit'], unique=False)
        batch_op.create_index('uq_digest_senders_active', ['unit', 'sender'], unique=True,
                              sqlite_where=sa.text('disabled_at IS NULL'),
                              postgresql_where=sa.text('disabled_at IS NULL'))


def _create_monitor_tables() -> None:
    """The public-post monitor: sources, the hash-only memory, kept items and their spans."""
    op.create_table('monitor_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_run_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('interval_minutes', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('monitor_seen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.Column('version_hash', sa.String(length=64), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['monitor_sources.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'item_key', 'version_hash', name='uq_monitor_seen')
    )
    op.create_table('monitor_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('author_handle', sa.String(length=300), nullable=False),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('retrieved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('parent_url', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('warc', sa.LargeBinary(), nullable=False),
    sa.Column('warc_sha256', sa.String(length=64), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('staff_ids', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['monitor_sources.id'], ),
    sa.ForeignKeyConstraint(['previous_id'], ['monitor_items.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'item_key', 'version', name='uq_monitor_items_version')
    )
    with op.batch_alter_table('monitor_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitor_items_source_id'), ['source_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_monitor_items_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_monitor_items_created_at'), ['created_at'],
                              unique=False)
    op.create_table('monitor_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('detector', sa.String(length=60), nullable=False),
    sa.Column('rule', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['monitor_items.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('monitor_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitor_findings_item_id'), ['item_id'],
                              unique=False)


def _drop_monitor_tables() -> None:
    for table in ('monitor_findings', 'monitor_items', 'monitor_seen', 'monitor_sources'):
        op.drop_table(table)


def _drop_shielding_and_incident_tables() -> None:
    for table in ('incident_messages', 'incident_people', 'incidents', 'shieldings'):
        op.drop_table(table)


def downgrade() -> None:
    _drop_audit_log_triggers()
    _drop_monitor_tables()
    op.drop_table('digest_senders')
    _drop_fuldmagt_tables()
    _drop_shielding_and_incident_tables()
    with op.batch_alter_table('case_pauses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_pauses_case_request_id'))

    op.drop_table('case_pauses')
    with op.batch_alter_table('case_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_requests_status'))
        batch_op.drop_index(batch_op.f('ix_case_requests_due_on'))
        batch_op.drop_index(batch_op.f('ix_case_requests_unit'))
        batch_op.drop_index(batch_op.f('ix_case_requests_message_pk'))

    op.drop_table('case_requests')
    op.drop_table('users')
    with op.batch_alter_table('label_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_label_corrections_message_pk'))

    op.drop_table('label_corrections')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_message_pk'))
        batch_op.drop_index('ix_findings_label_message')

    op.drop_table('findings')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_message_pk'))

    op.drop_table('attachments')
    op.drop_table('units')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_unit'))

    op.drop_table('staff')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_content_hash'))
        batch_op.drop_index(batch_op.f('ix_messages_duplicate_of'))
        batch_op.drop_index(batch_op.f('ix_messages_unit'))
        batch_op.drop_index(batch_op.f('ix_messages_triage_status'))
        batch_op.drop_index(batch_op.f('ix_messages_status'))
        batch_op.drop_index(batch_op.f('ix_messages_sender'))
        batch_op.drop_index(batch_op.f('ix_messages_received_at'))
        batch_op.drop_index(batch_op.f('ix_messages_queue'))
        batch_op.drop_index(batch_op.f('ix_messages_assigned_to'))
        batch_op.drop_index(batch_op.f('ix_messages_message_id'))

    op.drop_table('messages')
    op.drop_table('imap_state')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_object_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_actor'))

    op.drop_table('audit_log')


def _make_audit_log_append_only() -> None:
    """Refuse UPDATE and DELETE on audit_log in the database itself, not only in code."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql"
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
        "ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def _drop_audit_log_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
