"""Demo texts the jobcentre must protect its staff and citizens from — and near misses.

Written for the demo (not taken from any data set), so the triage queues have something
realistic to show: threats (explicit, veiled, conditional), self-harm signals, insults,
swearing without a target, doxxing of demo staff, calls to spread a name, the escalating
mails of one flooding sender, and auto-replies. Slots as in ``texts_cases`` plus
staff/staff_first/staff_sur, address, private_phone, plate, car, school, child (doxxing),
n and clock (flooding).
"""

from __future__ import annotations

from borgerpost.demo.texts_cases import Texts

THREAT_EXPLICIT = Texts(
    ("Sidste advarsel", "Nu er det nok", "Til {cw}", "I har ødelagt mit liv"),
    ("Næste gang jeg står over for {cw}, får {cw_first} en knytnæve lige i ansigtet. Det er "
     "ikke en spøg.",
     "Jeg kommer ned på jobcentret i morgen med en kniv, og så skal I se, hvem der bestemmer.",
     "I har ødelagt mit liv, så nu ødelægger jeg jeres. Jeg sætter ild til hele lortet.",
     "{cw_first} {cw_sur} har fortjent at få tæsk, og jeg skal nok sørge for, at det sker."),
)

THREAT_VEILED = Texts(
    ("Vi ses", "Hilsen til {cw_first}", "Tænk over det", "En venlig påmindelse"),
    ("Jeg ved godt, hvor {cw_first} bor. Det er et pænt hus. Det ville være synd, hvis der "
     "skete noget med det.",
     "Sig til {cw}, at det er en god idé at holde øje med børnene, når de går hjem fra skole.",
     "Vi ses nok på parkeringspladsen en af dagene, {cw_first}. Så kan vi snakke sammen uden "
     "vagter.",
     "Man skal passe på, hvem man træder på. Ikke alle glemmer, og jeg har god tid.",
     "Jeg har fulgt lidt med i, hvornår du har fri, {cw_first}. Torsdag kl. 15.30, ikke?"),
)

THREAT_CONDITIONAL = Texts(
    ("Hvis I stopper {my_benefit}", "Fredag", "Sidste chance", "Afslag igen?"),
    ("Hvis I stopper {my_benefit}, så kommer jeg og henter pengene selv, og det bliver ikke "
     "kønt.",
     "Hvis pengene ikke står på kontoen fredag, så står jeg i jeres reception, og så skal der "
     "nok ske noget.",
     "Lukker I min sag, har I ikke set det sidste til mig. Så bliver det på min måde, og det "
     "kommer {cw} til at fortryde.",
     "Får jeg afslag igen, tager jeg mine venner med derned. Vi er mange, og vi er trætte af "
     "jer."),
)

SELF_HARM = Texts(
    ("Jeg kan ikke mere", "Undskyld", "Farvel", "Til min sagsbehandler"),
    ("Jeg kan ikke mere. Hvis pengene ikke kommer, har jeg besluttet at gøre en ende på det. "
     "Der er ingen grund til at blive ved.",
     "Jeg har samlet de piller, lægen har givet mig, i en skuffe. Jeg tænker på dem hele tiden. "
     "Jeg ved ikke, hvorfor jeg skriver det her til jer.",
     "Det ville være nemmere for alle, hvis jeg ikke var her længere. Så slipper I også for at "
     "bruge tid på min sag.",
     "Jeg har skrevet et brev til mine børn, hvis der sker noget med mig. Jeg orker ikke en "
     "afgørelse mere.",
     "Jeg står på broen over motorvejen og har tænkt på at springe. Jeg ved ikke, hvem jeg "
     "ellers skal skrive til."),
)

INSULT = Texts(
    ("Inkompetence", "Til klovnene", "{cw}", "Hvem ansætter I?"),
    ("{cw} er en inkompetent idiot, der ikke fatter en skid af noget som helst.",
     "I er en flok ubrugelige parasitter, der lever af vores skattekroner.",
     "Jeres sagsbehandler {cw_sur} er et komplet svin. Sådan et menneske burde ikke have lov "
     "at arbejde med syge folk.",
     "Hvad er det for nogle tåber, I ansætter? Man skal åbenbart have fået fjernet hjernen for "
     "at arbejde i jobcentret.",
     "{cw_first} er en psykopat, som nyder at se folk lide.",
     "Til klovnene i {unit}: lær at læse en lægeerklæring, før I skriver jeres åndssvage breve.",
     "Ledelsen i Jobcenter Vestby er en samling kujoner og nikkedukker uden rygrad."),
)

SWEARING = Texts(
    ("Telefonkø", "Glemt bilag", "MitID igen", "Brevet kom for sent", "Rettelse"),
    ("For helvede, nu har jeg ventet i telefonkø i 40 minutter igen. Det er sgu da for dårligt.",
     "Pis og lort, jeg glemte at vedhæfte lønsedlen. Her kommer den.",
     "Sikke et skide system. Nu kan jeg fandeme ikke logge ind med MitID igen, så jeg sender "
     "det her i stedet.",
     "Undskyld mit sprog, men det er noget forbandet rod, når brevet kommer dagen efter mødet.",
     "Fuck, jeg skrev den forkerte dato i min sidste mail. Mødet er {date}."),
)

DOXXING = Texts(
    ("Så ved I det", "Til alle i Vestby", "Info", "Nu skal det frem"),
    ("{staff} bor på {address}. Kør forbi og sig din mening, hvis du også er blevet snydt af "
     "jobcentret.",
     "Til alle, der vil vide det: sagsbehandleren {staff} har privatnummer {private_phone}. "
     "Ring og fortæl, hvad I synes.",
     "{staff_first} kører i en {car} med nummerpladen {plate}. Den holder tit ved Netto på "
     "Stationsvej om eftermiddagen.",
     "{staff} har en {child}, der går på {school}. Mon ikke de andre forældre gerne vil vide, "
     "hvad {staff_first} laver til daglig?",
     "Jeg har fundet ud af, hvor {staff} bor ({address}), og jeg har et billede af huset. Skal "
     "jeg lægge det op i gruppen?"),
)

SPREAD_NAME = Texts(
    ("Husk navnet", "DEL", "Opslag", "Alle skal vide det"),
    ("Husk navnet {staff}. Det er {staff_first}, der har taget alt fra min familie. Del det, så "
     "alle i Vestby ved, hvem det er.",
     "Del gerne: {staff} fra Jobcenter Vestby står bag, at syge mennesker bliver smidt ud af "
     "systemet. Folk skal vide, hvem {staff_first} er.",
     "Jeg har lavet et opslag i 'Vi der bor i Vestby' med navn og billede af {staff}. Jo flere "
     "der deler det, jo bedre.",
     "Alle skal kende {staff_sur}s ansigt. Jeg printer plakater og hænger dem op ved "
     "stationen."),
)

FLOOD = Texts(
    ("Mine penge!!!", "SVAR", "Igen igen", "Kontanthjælp {month} – mangler stadig",
     "Re: Re: Re: hvor er pengene", "Mail nr. {n}", "HASTER"),
    ("Jeg skriver igen. Hvor er mine penge? Svar mig nu.",
     "Det her er mail nummer {n}. Jeg forventer et svar i dag.",
     "HVORFOR SVARER INGEN? Jeg har ringet og skrevet hele ugen.",
     "Jeg vil vide, hvem der har ansvaret for min sag. {cw} svarer ikke.",
     "Klokken er {clock}, og der er stadig ingen penge på kontoen.",
     "Jeg har ret til et svar inden for rimelig tid. I overholder ikke loven.",
     "Endnu en dag uden svar. Jeg skriver hver time, indtil nogen reagerer. Det her er nummer "
     "{n}.",
     "Jeres autosvar siger, at I svarer inden for 5 arbejdsdage. Det passer ikke.",
     "Jeg er så træt af jer. Det er sgu for dårligt.",
     "Jeg sætter min første mail ind igen, så I ikke kan sige, at I ikke har fået den: Jeg "
     "mangler min kontanthjælp for {month}.",
     "Jeg har nu skrevet {n} gange. Ring til mig på {phone}."),
)

# Rare steps of the flood: a late insult and a conditional threat, as real floods escalate.
FLOOD_ESCALATION = (
    "{cw_first}, du er en doven nar. Svar nu.",
    "Nu er tålmodigheden brugt op. Står pengene ikke på kontoen fredag, kommer jeg derned, og "
    "så skal I se løjer.",
)

AUTOREPLY = Texts(
    ("Fraværende: {subject}", "Automatisk svar: {subject}", "Out of Office: {subject}"),
    ("Tak for din mail. Jeg er fraværende til og med {date} og læser ikke mails i perioden. I "
     "hastesager kan du ringe til kontoret på 70 20 30 40.",
     "Jeg holder ferie og er tilbage {date}. Din mail bliver ikke videresendt.",
     "Thank you for your message. I am out of the office until {date} with limited access to "
     "e-mail."),
)
