"""The evidence report as PDF (``rapport.pdf``), drawn with fpdf2 in DejaVu Sans.

A police officer may only open the PDF, so it carries everything the HTML does, in the
same order, from the same helpers (``monitor.report``). DejaVu Sans (Debian's
``fonts-dejavu-core``) covers Danish letters and "§"; a character the font lacks (an
emoji, say) is written as ``[U+1F621]`` rather than dropped, and the report says that the
exact text is in ``items/<id>.txt``. Evidence spans are set in bold and underlined.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import CoreFont, TTFFont

from borgerpost.errors import PackageError
from borgerpost.monitor.exhibits import Exhibit
from borgerpost.monitor.laws import DISCLAIMER, MAY_BE_RELEVANT
from borgerpost.monitor.report import (
    TITLE,
    VERIFY_HINT,
    PackageInfo,
    both_times,
    custody_text,
    label_da,
    marked_pieces,
    staff_text,
    text_file,
    utc_text,
    warc_file,
)

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts/dejavu"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
MONO_FILE = "DejaVuSansMono.ttf"
LINE = 5.2
LABEL_WIDTH = 48.0
FONT_NOTE = ("Tegn, som skrifttypen ikke kan vise (fx emojis), er skrevet som [U+XXXX]. Den "
             "nøjagtige tekst står uændret i filen {file}.")


def font_path(name: str) -> Path:
    """Where a DejaVu font lies; a clear error when fonts-dejavu-core is not installed."""
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise PackageError(f"skrifttypen {name} mangler: installér Debian-pakken fonts-dejavu-core "
                       "(PDF-rapporten skrives med DejaVu Sans)")


def _codepoints(font: CoreFont | TTFFont) -> frozenset[int]:
    """The characters a loaded font can draw (a TrueType font's cmap)."""
    return frozenset(font.cmap) if isinstance(font, TTFFont) else frozenset(range(32, 256))


class _Report(FPDF):
    """A4 pages with the package id and page number in the footer."""

    def __init__(self, package_id: str) -> None:
        super().__init__(format="A4")
        self.package_id = package_id
        for style, name in FONT_FILES.items():
            self.add_font("DejaVu", style, str(font_path(name)))
        self.add_font("DejaVuMono", "", str(font_path(MONO_FILE)))
        self._cmaps = {key: _codepoints(self.fonts[key])
                       for key in ("dejavu", "dejavuB", "dejavumono")}
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)
        self.set_title(f"{TITLE} {package_id}")
        self.set_creator("borgerpost")

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 100, 114)
        self.cell(0, 5, self.safe(f"Bevispakke {self.package_id} · side {self.page_no()}/{{nb}}"),
                  align="C")
        self.set_text_color(0, 0, 0)

    def safe(self, text: str, font: str = "dejavu") -> str:
        """``text`` with characters the font lacks written as ``[U+XXXX]``."""
        known = self._cmaps[font]
        out = []
        for char in text.replace("\r\n", "\n").replace("\r", "\n"):
            if char == "\n" or (ord(char) in known and (char.isprintable() or char == " ")):
                out.append(char)
            elif char == "\t":
                out.append("    ")
            else:
                out.append(f"[U+{ord(char):04X}]")
        return "".join(out)

    def heading(self, text: str, size: float = 12) -> None:
        if self.get_y() > self.h - 45:  # no heading alone at the foot of a page
            self.add_page()
        self.ln(3)
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, size * 0.55, self.safe(text, "dejavuB"), new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        self.ln(1)

    def paragraph(self, text: str, size: float = 10, style: str = "") -> None:
        self.set_font("DejaVu", style, size)
        self.multi_cell(0, LINE, self.safe(text, "dejavuB" if style else "dejavu"), align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def field(self, label: str, value: str, *, mono: bool = False) -> None:
        """A label on the left, its value wrapped on the right (URLs and hashes by char)."""
        self.set_font("DejaVu", "B", 9)
        y = self.get_y()
        self.multi_cell(LABEL_WIDTH, LINE, self.safe(label, "dejavuB"), new_x=XPos.RIGHT,
                        new_y=YPos.TOP)
        self.set_font("DejaVuMono" if mono else "DejaVu", "", 8.5 if mono else 9.5)
        self.multi_cell(0, LINE, self.safe(value, "dejavumono" if mono else "dejavu"),
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L",
                        wrapmode=WrapMode.CHAR if mono else WrapMode.WORD)
        self.set_y(max(self.get_y(), y + LINE))


def _marked_text(pdf: _Report, exhibit: Exhibit) -> None:
    pdf.set_font("DejaVu", "", 10)
    for piece in marked_pieces(exhibit):
        pdf.set_font("DejaVu", "BU" if piece.marked else "", 10)
        pdf.write(LINE, pdf.safe(piece.text, "dejavuB" if piece.marked else "dejavu"))
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(LINE + 1)
    pdf.paragraph(FONT_NOTE.format(file=text_file(exhibit)), size=8)


def _facts(pdf: _Report, exhibit: Exhibit) -> None:
    pdf.field("Kilde", f"{exhibit.source_name} ({exhibit.source_kind})")
    pdf.field("Adresse (URL)", exhibit.url or "–", mono=True)
    if exhibit.parent_url:
        pdf.field("Svar på", exhibit.parent_url, mono=True)
    pdf.field("Forfatter (profil)", exhibit.author_handle or "ukendt")
    pdf.field("Opslået", both_times(exhibit.posted_at))
    pdf.field("Hentet", both_times(exhibit.retrieved_at))
    pdf.field("Gemt som bevis", both_times(exhibit.kept_at))
    pdf.field("Berørte medarbejdere", staff_text(exhibit))
    pdf.field("Etiketter", ", ".join(label_da(code) for code in exhibit.labels) or "–")


def _spans_and_laws(pdf: _Report, exhibit: Exhibit) -> None:
    pdf.heading("Markeringer og begrundelser", 11)
    for span in exhibit.spans:
        pdf.paragraph(f"{label_da(span.label)}: «{span.quote}» – {span.reason or span.rule}",
                      size=9.5)
    if not exhibit.spans:
        pdf.paragraph("Ingen markerede tekststykker.", size=9.5)
    pdf.heading("Regler der kan være relevante", 11)
    for law in exhibit.sections:
        pdf.paragraph(law.heading, size=9.5, style="B")
        pdf.paragraph(f"{law.about} {law.note}".strip(), size=9.5)
    if not exhibit.sections:
        pdf.paragraph("Triagen peger ikke på en bestemt bestemmelse i straffeloven for dette "
                      "opslag; politiet vurderer det selv.", size=9.5)
    pdf.paragraph(f"Bestemmelserne er nævnt, fordi de {MAY_BE_RELEVANT}. Pakken konstaterer "
                  "ikke, at en strafbar handling er begået.", size=8.5)


def _hashes_versions_custody(pdf: _Report, exhibit: Exhibit) -> None:
    pdf.heading("Fingeraftryk (SHA-256)", 11)
    pdf.field("Tekst (UTF-8)", exhibit.content_sha256, mono=True)
    pdf.field("WARC-optagelse", exhibit.warc_sha256, mono=True)
    pdf.field("Filer i pakken", f"{text_file(exhibit)}, {warc_file(exhibit)}", mono=True)
    pdf.heading("Versioner", 11)
    for version in exhibit.versions:
        mark = " (denne)" if version.id == exhibit.id else ""
        pdf.field(f"Version {version.version}{mark}",
                  f"#{version.id} · hentet {utc_text(version.retrieved_at)} · "
                  f"{version.content_sha256}", mono=True)
    pdf.heading("Håndtering (chain of custody)", 11)
    for entry in exhibit.custody:
        pdf.paragraph(custody_text(entry), size=9)
    if not exhibit.custody:
        pdf.paragraph("Ingen registreret håndtering.", size=9)


def _front_page(pdf: _Report, info: PackageInfo, exhibits: list[Exhibit]) -> None:
    pdf.add_page()
    pdf.heading(TITLE, 16)
    pdf.field("Pakke", info.package_id, mono=True)
    pdf.field("Oprettet", both_times(info.created_at))
    pdf.field("Oprettet af", info.created_by)
    pdf.field("Program", f"borgerpost {info.version}")
    pdf.field("Antal opslag", str(len(exhibits)))
    pdf.ln(3)
    pdf.set_draw_color(154, 77, 0)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, LINE, pdf.safe(f"Vigtigt: {DISCLAIMER}", "dejavuB"), border=1,
                   padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.heading("Opslag i pakken", 11)
    for exhibit in exhibits:
        labels = ", ".join(label_da(code) for code in exhibit.labels) or "–"
        pdf.field(f"Opslag #{exhibit.id}", f"hentet {utc_text(exhibit.retrieved_at)} · "
                  f"{staff_text(exhibit)} · {labels}")


def render_pdf(info: PackageInfo, exhibits: list[Exhibit]) -> bytes:
    """The whole report as PDF bytes."""
    pdf = _Report(info.package_id)
    _front_page(pdf, info, exhibits)
    for exhibit in exhibits:
        pdf.add_page()
        suffix = f" (version {exhibit.version})" if len(exhibit.versions) > 1 else ""
        pdf.heading(f"Opslag #{exhibit.id}{suffix}", 14)
        _facts(pdf, exhibit)
        pdf.heading("Nøjagtig tekst", 11)
        _marked_text(pdf, exhibit)
        _spans_and_laws(pdf, exhibit)
        _hashes_versions_custody(pdf, exhibit)
    pdf.heading("Efterprøvning", 12)
    pdf.paragraph(VERIFY_HINT, size=9.5)
    return bytes(pdf.output())
