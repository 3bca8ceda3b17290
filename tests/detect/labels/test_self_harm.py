"""The self_harm label: plans, means, acts and hopelessness about ending one's life — not
figures of speech, grief over someone else, or threats against others."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import assert_found_quoting, triage

POSITIVES = [
    # the last post in a group with pills and a grave (emoji the normaliser reads as words)
    ("Mit sidste indlæg her. Pas på hinanden 💊💊⚰", "indlæg"),
    ("Jeg har tænkt på at ende det hele.", "ende det hele"),
    ("Jeg har gemt mine sovepiller i flere uger nu.", "sovepiller"),
    ("Jeg vil ikke være her mere.", "være her mere"),
    ("Det ville være bedst for alle, hvis jeg ikke var her.", "ikke var"),
    ("I morgen tager jeg alle mine piller.", "piller"),
    ("Jeg skader mig selv, når det bliver for meget.", "skader mig selv"),
    ("Nogle gange tænker jeg, at det var bedre at være død.", "død"),
    ("Jeg orker ikke at leve mere efter jeres afslag.", "leve mere"),
    ("Der er ingen grund til at leve længere.", "leve"),
    ("Jeg overvejer at begå selvmord.", "selvmord"),
    ("Jeg har selvmordstanker hver dag.", "selvmordstanker"),
    ("Jeg vil kaste mig ud foran toget.", "toget"),
    ("Mine børn er bedre tjent uden mig. Jeg har købt et reb.", "reb"),
    ("Jeg har skrevet et afskedsbrev til min søster.", "afskedsbrev"),
    ("Jeg vil tage mit eget liv, hvis det her fortsætter.", "mit eget liv"),
    ("J3g v1l 1kk3 l3v3 m3r3", "l3v3"),
    # "if something happens to me" beside a letter or giving up; a letter left out
    ("Hvis der sker mig noget, ligger nøglen hos min nabo. Jeg orker ikke mere.", "sker mig noget"),
    ("Jeg har lagt et brev til min mor på bordet. Undskyld til alle, jeg har skuffet.", "brev"),
    # not here any more, watching the water from a height, cutting, driving into something
    ("Når du læser dette, er jeg her ikke længere.", "her ikke længere"),
    ("Jeg har stået på perronen og kigget ned på skinnerne hele aftenen.", "skinnerne"),
    ("Jeg har skåret i min arm igen. Det er det eneste, der hjælper.", "skåret i min arm"),
    ("Jeg har tænkt på at dreje rattet ind i en betonmur.", "betonmur"),
    ("Jeg har talt mine piller. Der er nok.", "piller"),
    ("Alle ville have det bedre, hvis jeg forsvandt.", "bedre"),
    # probe round 5: means in hand with a place between, arms full of cuts, cutting again
    ("Jeg sad nede i kælderen med alle mine piller i hænderne i går.", "piller"),
    ("Jeg er startet med at skære igen, og mine lår er dækket af ar.", "skære igen"),
    ("Jeg har overvejet at sulte mig ihjel.", "sulte mig ihjel"),
    # the time after being gone, even after a negation; not here for Christmas
    ("Jeg har fundet et nyt hjem til hunden, så den ikke skal på internat, når jeg ikke er "
     "her mere.", "når jeg ikke er her"),
    (
        "Jeg regner ikke med at være her til påske. Jeg har givet min pinkode til min søster.",
        "påske",
    ),
    # a new home for the pet, one step from the edge, last bills, knowing how
    ("Jeg har fundet nye ejere til hunden. Det er kun et skridt fra altanen.", "skridt"),
    ("Min familie klarer sig bedre uden en far som mig. De kommer over det, når jeg er borte.",
     "bedre uden"),
    ("Jeg har betalt de sidste regninger. Nu er der styr på det hele.", "regninger"),
    ("Jeg har tænkt på det længe, og nu ved jeg præcis hvordan.", "hvordan"),
    # probe round 6: the word split or without ø, small letters whose sentences run on
    ("jeg vil bare doe. der er ikke mere at komme efter", "bare doe"),
    ("jeg orker ikke mere. jeg vil bare d ø", "d ø"),
    ("jeg skaerer i mig selv hver aften", "skaerer"),
    # cutting again, even after "nobody knows that …"; the arm without a possessive
    ("Ingen ved at jeg har skåret i lårene igen i denne uge.", "lårene igen"),
    # things given away, the pet rehomed, the last rent paid, nothing left to settle
    ("Jeg har foræret alle mine bøger og min computer væk. Jeg er done med det hele.", "done"),
    ("Jeg har givet katten til naboen og betalt den sidste regning. Der er ikke mere jeg "
     "skal gøre.", "katten"),
    # not the one who finds me; found a way out of everything; stood and did not dare
    ("Min kone skal ikke være den der finder mig. Jeg tager ud til vandet i nat.", "finder mig"),
    ("Jeg har fundet en måde at slippe for det hele. Det her er min sidste besked til jer.",
     "slippe for det hele"),
    ("Jeg har stået på broen hele aftenen. Turde ikke i dag.", "broen"),
    # the life insurance that gives the family more; thanks to the only one who helped
    ("Familien får det bedre uden mig, livsforsikringen giver dem en ny start.",
     "livsforsikringen"),
    ("Tak til Kim, den eneste der hjalp mig i alle de år. Det her er min sidste mail til jer.",
     "den eneste der hjalp"),
    # probe round 7: stepping out in front of a vehicle, a relative who says they will take
    # their own life, burning or scratching oneself with the subject after the verb
    ("Jeg har overvejet at træde ud foran en lastbil på vej til praktikken.", "lastbil"),
    ("Min datter siger, at hun tager livet af sig selv, hvis hun mister sin bolig.",
     "livet af sig"),
    ("Min klient har flere gange truet med at begå selvmord, hvis ydelsen stopper.",
     "selvmord"),
    ("Efter hvert møde ridser jeg mig selv på underarmen med en nål.", "ridser jeg mig selv"),
    # no meaning in going on; "ta" for "tage"; nobody left to sanction, the case closed
    ("Der er ikke længere nogen mening med at leve videre for mig.", "mening"),
    ("overvejer at ta mit liv i weekenden", "ta mit liv"),
    ("Luk bare min sag. Snart er der ikke flere borgere tilbage at sende breve til.",
     "tilbage at sende"),
    # a place chosen, an apology to the family; a near attempt; everything taken, the last
    ("Har fundet et træ i skoven og købt et reb. Sig undskyld til mine børn.", "undskyld"),
    ("Sad på altanen i nat. Var lige ved at springe.", "springe"),
    ("I har frataget mig alt. Så tager jeg selv det sidste nu.", "det sidste"),
    # round 8: watching the trains, not knowing how long one can refrain
    ("Jeg har stået ved sporet i aften og stirret på toget. Ved ikke hvor længe jeg klarer "
     "at lade være.", "lade være"),
    # the last things done 'for the last time', nothing left to settle
    ("Jeg har luftet hunden for sidste gang og givet katten til min søster. Der er intet "
     "tilbage at ordne.", "sidste gang"),
    # a relative with a rope, and 'it will soon all be over'
    ("Min veninde har skaffet et reb og siger, det hele er forbi om lidt.", "forbi"),
    # nothing left for me, a drive out to a cliff, then done with it all
    ("Intet tilbage til mig her. Jeg cykler ud til skrænten i nat, så er jeg færdig med "
     "alt.", "skrænten"),
    ("Der er ikke mere tilbage for mig. Jeg går op på taget i nat, så er det forbi.", "taget"),
    ("Sad ved skinnerne hele aftenen og hørte togene drøne forbi.", "skinnerne"),
    # a relative with a gun who cannot go on; the edge of a roof; means in a drawer
    ("Jeg hjælper min kæreste med sagen. Hun har lånt et jagtgevær og siger, at hun ikke "
     "magter mere.", "jagtgevær"),
    ("Jeg stod helt ude på kanten af taget i går aftes.", "kanten"),
    ("Har skaffet en bunke tabletter. De ligger klar i natbordet.", "ligger klar"),
    ("Jeg sidder i vindueskarmen og tænker på at lade mig falde.", "lade mig falde"),
    ("Jeg magter ikke mere. Beslutningen er truffet.", "beslutningen er truffet"),
    ("Min far siger, han har sat en slange på udstødningen i garagen.", "udstødningen"),
    ("Har skrevet brev til min søn og lagt nøglerne under dørmåtten.", "nøglerne"),
    # not wishing to live any longer, also with "at"; a bridge looked at day after day
    ("Jeg orker ikke at leve mere, hvis ydelsen stoppes.", "leve mere"),
    ("Jeg har ikke lyst til at leve længere.", "leve længere"),
    ("Jeg har stået på broen over motorvejen hver aften. Ingen vil savne mig.", "broen"),
    # probe round 10 phenomena (own wording)
    ("vil helst bare dø. det hele er sort", "dø"),
    ("Ingen mening i at kæmpe videre. Jeg har samlet pillerne.", "kæmpe videre"),
    ("Jeg sad på kanten af taget i går. Jeg er ikke sikker på, om jeg går ned igen næste gang.",
     "næste gang"),
    ("Det ville være nemmere for familien, hvis jeg ikke vågnede op i morgen.", "vågnede"),
    ("Jeg håber, jeg ikke vågner op mere.", "vågner"),
    ("Jeg har lagt et brev til min datter på bordet. I kan slette min journal, der er ingen brug"
     " for den mere.", "journal"),
    # probe round 11 phenomena (own wording)
    ("Orker simpelthen ik at leve længere.", "leve"),
    ("Jeg har i lang tid overvejet at ende mit liv.", "ende mit liv"),
    ("Rører I min ydelse, slår jeg ham ihjel og derefter mig selv.", "mig selv"),
    ("Kære Jonas. Nu vil jeg sige farvel for sidste gang. Det var ikke din skyld.", "farvel"),
    # probe round 12 phenomena (own wording)
    ("Når du får denne mail, er jeg allerede væk.", "væk"),
    ("Jeg har foræret alle mine spil til min nevø. Jeg skal alligevel ikke bruge dem mere.",
     "nevø"),
    ("Der er ikke nogen mening i at kæmpe videre. Jeg har skrevet breve til min familie.",
     "breve"),
    ("Har googlet hvor mange sovepiller der skal til. Ingen vil savne mig.", "sovepiller"),
    ("Jeg kører ud til broen med pillerne nu.", "pillerne"),
    ("Jeg har hentet riflen frem i aften. Børnene får da livsforsikringen.", "riflen"),
    # round 13: English, the benefit's end as the writer's end, "ever again", pills beside
    # spirits, a thought-out how, meant literally
    ("I just want to die, nothing you send helps.", "want to die"),
    ("I no longer want to live like this.", "want to live"),
    ("Stopper I min ydelse, så slutter mit liv også. Jeg mener det bogstaveligt.", "også"),
    ("Der er ingen mening med at jeg vågner op i morgen. Eller nogensinde mere.",
     "vågner op"),
    ("Jeg har skrevet farvel til min søster. Jeg kommer ikke til samtalen. Eller til noget"
     " som helst.", "farvel"),
    ("Jeg har to pakker sovepiller og en flaske whisky klar. Ingen grund til ikke at tage dem.",
     "whisky"),
    ("Mit liv er forbi hvis jeg bliver sanktioneret. Jeg ved allerede hvordan jeg gør det.",
     "hvordan"),
    ("Jeg har 30 sovepiller og en flaske rødvin. Hvorfor ikke bruge dem.", "sovepiller"),
    ("Jeg har givet katten til min søster. Jeg kommer ikke igen. Eller nogensinde.",
     "nogensinde"),
    # probe round 14: no meaning in living, the method looked up, the place, a date set
    ("Det gir ingen mening at være her mere.", "mening"),
    ("Jeg har søgt på hvordan man ender det smertefrit.", "smertefrit"),
    ("Jeg sidder på kanten af taget nu. Jeg ville bare sige farvel.", "kanten"),
    ("Jeg ved hvor jernbanen ligger. Jeg har tænkt på det hele tiden.", "jernbanen"),
    ("Jeg har valgt dagen. Jeg har tænkt på det i lang tid.", "valgt dagen"),
    # round 15: ending it all, no reason to be here, hurting oneself, a set day
    ("Jeg afslutter det hele snart. Ingen kommer til at savne mig.", "afslutter det hele"),
    ("Hvis klagen afvises, er der intet formål med at jeg lever længere.", "lever længere"),
    ("Nogle dage har jeg lyst til at gøre mig selv fortræd.", "gøre mig selv fortræd"),
    ("Jeg gør en ende på det inden jul. Det her er min sidste besked.", "ende på det"),
    # round 16: a swerve into traffic thought of, a fall let happen, a plan laid, keys told
    ("Jeg tænkte på at styre bilen ind foran en bus på motorvejen.", "styre bilen ind foran"),
    ("Igår på perronen tænkte jeg på at lade mig falde.", "lade mig falde"),
    ("Jeg har ikke i sinde at leve længere. Undskyld.", "i sinde at leve længere"),
    ("Jeg har lavet en plan for hvornår. Jeg har fortalt min bror hvor nøglen ligger.",
     "hvor nøglen ligger"),
    ("Han siger han hellere ville dø end at starte i praktik, og han har tænkt over hvordan.",
     "dø end"),
    ("Stopper I mine penge, så afslutter jeg det hele. Det må I have på jeres samvittighed.",
     "afslutter jeg det hele"),
    ("Min søn klarer sig bedre uden mig. Jeg har besluttet mig nu.", "besluttet mig"),
    ("Jeg har skaffet et reb. så var det det", "så var det det"),
    ("Jeg har lagt breve til mine børn frem. Kommer jeg ikke i morgen, så ved I hvorfor.",
     "så ved I hvorfor"),
    # round 17: the verb before the subject, a whole box, better off without the writer,
    # English "end it"
    ("Afslår I igen, så træder jeg ud foran en lastbil.", "lastbil"),
    ("Ellers springer jeg ud fra taget, jeg gider ikke mere.", "taget"),
    ("Jeg har overvejet at sluge en hel pakke pamol.", "pamol"),
    ("Tror jeg tager alle mine lykkepiller på én gang.", "lykkepiller"),
    ("Mine børn ville have det lettere hvis jeg var væk.", "lettere"),
    ("gonna end it this weekend, sorry", "end it"),
    ("Ingen savner mig. Jeg har samlet pillerne.", "pillerne"),
    ("Jeg har fortalt min bror hvor han finder testamentet. Og hvem der skal passe hunden.",
     "testamentet"),
    # round 18: a decision to stop it all, a crash thought of, pills taken in a farewell, the
    # means kept for the refusal, a time set for it to be over (also in leetspeak)
    ("Jeg kommer ikke til samtalen. Jeg har bestemt mig for at ende det hele.", "ende det hele"),
    ("Jeg overvejer at styre bilen ind i et træ på motorvejen.", "ind i et træ"),
    ("Tak for at du altid troede på mig. Jeg har allerede slugt alle "
     "sovepillerne.", "sovepillerne"),
    ("Jeg har skaffet to glas sovepiller, så er det klaret når afslaget kommer.", "afslaget"),
    ("Jeg orker ikke mere. I aften er det hele slut.", "slut"),
    ("j3g 0rk3r 1kk3 m3r3. 1 n4t 3r d3t f0rb1", "n4t"),
    # round 19: the learner's word order, death the better way, no wish to wake, not here
    ("Jeg ikke kan leve længere med alt det her.", "ikke kan leve længere"),
    ("Jeg har tænkt længe, og det ville være nemmest at dø.", "nemmest at dø"),
    ("Har ingen lyst til at vågne op igen. Undskyld.", "lyst til at vågne op igen"),
    ("Jeg har ikke tænkt mig at være her længere.", "være her længere"),
    # round 20: a rope and "nu er det forbi", "køre" typed without ø, the blame laid for the
    # writer's absence, sleep without waking (English), how long one bears to be here on
    # earth, a bare plan and thanks for having tried, on the bridge with no subject
    ("Har skaffet et reb i dag. Nu er det forbi.", "forbi"),
    ("tit tænker jeg på helt bare at koere ind i et træ når jeg er alene i bilen", "træ"),
    ("Skriv til min bror at det bliver hans skyld når jeg er væk.", "skyld"),
    ("i wish i could fall asleep and never wake up again", "never wake up"),
    ("Jeg ved ikke hvor længe jeg magter at være til. I live altså.", "være til"),
    ("Har lagt en plan nu. Tak til Birgitte fordi hun forsøgte.", "plan"),
    ("sidder oppe på taget nu. kan ikke mere", "taget"),
    # round 21: the means in hand now, a decision not to be here, pills so it will not hurt,
    # farewell signs among practical lines (each half a sign, two together)
    ("Jeg står med rebet i hånden ude i garagen.", "rebet i hånden"),
    ("Jeg står med alle mine sovepiller i hånden nu.", "sovepiller"),
    ("Jeg har besluttet ikke at leve længere.", "leve længere"),
    ("Jeg har bestemt, at jeg ikke vil være her mere.", "være her mere"),
    ("Jeg har skaffet nok piller til at det ikke gør ondt.", "gør ondt"),
    ("Nu har jeg ingen kræfter tilbage. Tak for alt det I har forsøgt.", "forsøgt"),
    ("Jeg har skrevet et brev til hver af mine døtre. Jeg har tænkt det hele igennem.", "igennem"),
    ("Jeg har taget min beslutning, og I skal ikke lede efter mig.", "lede efter mig"),
    ("Du må ikke tage det tungt, at jeg ikke møder op mere. Tak for alt det du har prøvet.",
     "prøvet"),
    ("Jeg har solgt alle mine ting, så der ikke er noget at rydde op bagefter. Jeg siger farvel.",
     "farvel"),
    ("Hvorfor skulle jeg søge kurser, når jeg alligevel ikke er her til påske.", "påske"),
    ("Der er ikke brug for flere samtaler. Jeg er ikke vred på nogen af jer.", "samtaler"),
    ("Jeg har stået oppe på taget i nat. Næste gang kommer jeg nok ikke ned igen.", "ned igen"),
    # a relative's past attempt and a new threat of it
    ("Min bror har prøvet at tage sit liv, og nu truer han med det igen.", "truer"),
    ("Min kæreste forsøgte selvmord sidste år, og i går sagde han, at han vil gøre det igen.",
     "forsøgte selvmord"),
    # round 22: a step off a bridge or roof, a blade or knife in the bathroom, an absence
    # announced, letters no longer needed, belongings given away for where one is going
    ("Hvis sanktionen kommer, så hopper jeg ud fra taget.", "ud fra taget"),
    ("Jeg står i badeværelset med et barberblad i nat.", "barberblad"),
    ("Jeg sidder i badekarret med en kniv og tør ikke.", "kniv"),
    ("Jeg har skaffet et reb og lagt det i garagen. Jeg har tænkt over det i månedsvis.",
     "tænkt over det"),
    ("Når jeg ikke er her på fredag, så ved du hvorfor.", "ikke er her på fredag"),
    ("Hvis jeg ikke lever i morgen, så ved I hvorfor.", "ikke lever i morgen"),
    ("Jeg har ingen kræfter tilbage. I skal ikke sende mig flere breve, jeg er væk når de "
     "kommer.", "er væk når de kommer"),
    ("Jeg har givet næsten alt hvad jeg ejer væk. Jeg orker ikke mere.", "næsten alt"),
    ("Er der nogen der kan bruge mine møbler? Jeg får ikke brug for dem hvor jeg skal hen.",
     "hvor jeg skal hen"),
    ("Jeg har lagt sedler til mine børn på køkkenbordet. Jeg orker ikke mere.", "sedler"),
    ("Jeg har bestemt mig for at det hele skal slutte på lørdag. Jeg kan ikke mere.",
     "skal slutte på lørdag"),
    # round 23: better for everyone if the writer were gone (a learner's "mer"), water entered
    # to stay, no intent to see next year, dialect, farewell signs that add up
    ("Det hele ville være nemmere, hvis jeg bare ikke var her længere.",
     "hvis jeg bare ikke var her"),
    ("Jeg tror det er bedst hvis jeg ikke er her mer, for min familie.",
     "hvis jeg ikke er her mer"),
    ("æ ka itj mer. æ har tænkt på at vade ud i havet og aldrig komme op igen.", "aldrig komme op"),
    ("Nogle nætter vil jeg bare gå ud i søen og bare forsvinde.", "ud i søen og bare forsvinde"),
    ("Jeg har ikke i sinde at opleve julen. Undskyld.", "ikke i sinde at opleve julen"),
    ("Hvad har jeg at leve for nu? Jeg sad på broen og stirrede ned i timevis.", "stirrede ned"),
    ("Min hund skal have nye ejere. Min bror arver mine møbler.", "bror arver mine møbler"),
    ("Tak fordi du altid var god ved mig. Hermed tager jeg afsked.", "tager jeg afsked"),
    ("Min veninde har fået nøglerne til lejligheden. Jeg har skrevet et brev til hende, som hun "
     "får på mandag.", "som hun får på mandag"),
    ("Jeg er helt afklaret nu for første gang. Jeg kan ikke mere.", "kan ikke mere"),
    ("Jeg er rolig nu for første gang i måneder. Snart er det hele overstået.", "overstået"),
    # round 24
    ("A har hængt tovet op i laden. Farvel.", "tovet op"),
    ("Jeg skyder dem alle. Og derefter mig selv.", "mig selv"),
    ("A ka int mer. Sig farvel til min søster fra mig.", "farvel"),
    # round 25: the method worked out beside a date, "å" for "at" in dialect, the railway
    # stood at, not alive much longer with words between, easiest for everyone and never
    # another meeting, not here much longer, a medicine cabinet emptied, a farewell to a
    # child, a rope "not for" its use, letting oneself fall, thoughts that have come back
    ("Jeg har regnet ud hvordan jeg vil gøre det, og jeg har sat en dato.", "regnet ud"),
    ("Æ har overvejet å gøre en ende på det.", "gøre en ende"),
    ("Jeg stod ved jernbaneskinnerne i nat. Jeg ved ikke om jeg gør det næste gang.",
     "jernbaneskinnerne"),
    ("Jeg har ikke i sinde at leve på denne jord så meget længere.", "så meget længere"),
    ("Det er nok bedst for alle, hvis jeg ikke er her til samtalen på tirsdag. Eller til nogen "
     "anden samtale nogensinde.", "nogensinde"),
    ("Sidste indlæg fra mig. Jeg magter ikke at kæmpe længere, og jeg skal ikke være her ret "
     "længe endnu.", "ret længe endnu"),
    ("aner ikke om jeg vågner op igen, og jeg er ligeglad.", "ligeglad"),
    ("har slugt alle pillerne fra pilleæsken", "pilleæsken"),
    ("Dette bliver mit sidste brev. Sig til min søn at jeg elskede ham.", "elskede ham"),
    ("Sig til mine børn at jeg holdt af dem, og at det ikke var deres skyld.", "deres skyld"),
    ("Jeg har skaffet et reb. Det er ikke til båden.", "reb"),
    ("Tit står jeg ved kanten af taget og tænker, at det ville være nemmere hvis jeg bare lod "
     "mig falde.", "lod mig falde"),
    ("Nogle gange tænker jeg at jeg bare skulle lade mig falde ned fra broen.", "broen"),
    ("Jeg havde selvmordsplaner som ung, og nu er de kommet tilbage.", "kommet tilbage"),
    ("Jeg ved ikke hvor længe jeg holder til det her. Ingen vil savne mig.", "holder til"),
    # round 26: suicide or death as the only way out (spaced letters joined), the time
    # planned and left unsaid, pills counted and enough, a last post announced
    ("Døden er min eneste udvej efter jeres afgørelse.", "eneste udvej"),
    ("Hvis I stopper pengene er selvmord eneste vej ud.", "vej ud"),
    ("Den sidste løsning for mig bliver selvmord.", "selvmord"),
    ("s e l v m o r d er min sidste mulighed nu.", "sidste mulighed"),
    ("Ingen ved det, men jeg har bestemt hvornår og hvordan.", "hvornår og hvordan"),
    ("Jeg har allerede planlagt hvordan. Undskyld.", "planlagt hvordan"),
    ("Har talt sovepillerne igen i nat. Det burde være nok.", "sovepillerne"),
    ("Jeg kan ikke se nogen udvej længere. Det her er mit sidste opslag.", "sidste opslag"),
    # round 27: shooting or hanging oneself, in a condition too; dying as better for the
    # family; a learner's word order; dialect "mæ"/"a" for "mig"/"af"
    ("Kommer afslaget igen, så hænger jeg mig.", "hænger jeg mig"),
    ("Jeg har overvejet at skyde mig selv med jagtgeværet.", "skyde mig selv"),
    ("Ellers skyder jeg mig selv i weekenden.", "skyder jeg mig selv"),
    ("Snart jeg er væk, så er det nemmere for alle.", "nemmere for alle"),
    ("Fordi jeg ikke vil længere leve.", "ikke vil længere leve"),
    ("Æ vil ta mej selv å dage.", "selv å dage"),
    ("Jeg ikke orker mere leve på denne måde. Ingen kommer til at savne mig.", "denne måde"),
    ("Hver nat jeg tænker at jeg må dø. Ingen vil savne mæ.", "jeg må dø"),
    # round 28: on a bridge or a roof, looking down
    ("Jeg stod på broen i går aftes og stirrede ned i vandet.", "stirrede ned"),
    ("Jeg har siddet oppe på taget hele natten og kigget ned.", "kigget ned"),
    # round 29: a rope and the will to use it; out to a cliff once the mail is sent
    ("Jeg har købt et reb. Jeg er ikke bange for at bruge det.", "bruge det"),
    ("der hænger en løkke i kælderen og jeg er klar til at bruge den i aften", "løkke"),
    ("Rebet ligger i bilen, og jeg har tænkt mig at bruge det, hvis I lukker min sag.", "Rebet"),
    ("Så snart jeg har sendt denne mail, går jeg op på taget.", "sendt denne mail"),
    ("Efter jeg har skrevet det her, kører jeg ud til klinten.", "klinten"),
    ("Det er det sidste jeg selv kan bestemme. Jeg har samlet mine piller.", "selv kan bestemme"),
    # round 30: unsure of wanting to live on; a thought of stepping out in front of a vehicle
    # with words between; knowing where, beside a letter to the family
    ("Jeg ved ikke, om jeg orker at leve længere.", "orker at leve længere"),
    ("Ærligt talt tvivler jeg på, at jeg gider leve mere.", "gider leve mere"),
    ("Tit tænker jeg, at jeg bare kunne træde ud foran bussen.", "foran bussen"),
    ("Jeg har flere gange tænkt, at jeg burde gå ud foran et tog.", "foran et tog"),
    ("Jeg har skrevet et brev til min mor. Nu ved jeg hvor jeg gør det.", "hvor jeg gør det"),
    ("Jeg har skrevet breve til mine børn, og jeg ved præcis hvor jeg skal gøre det.", "hvor"),
    # round 34: pills enough to end it, the number of pills worked out, ending it all
    # decided, the last step and a bare farewell, letters left out, means at hand, "not a
    # threat", a broken promise, a way out needing no more meetings; typed on a phone
    ("jeg har sovepiller nok til at gøre det slut, så det er lige meget nu", "nok til"),
    ("Der ligger nok tabletter til at dø i badeværelsesskabet.", "tabletter"),
    ("Jeg har fundet ud af, hvor mange tabletter jeg skal sluge.", "hvor mange"),
    ("Jeg tager det sidste skridt i aften. Farvel.", "sidste skridt"),
    (
        "Jeg har skrevet breve til mine drenge og lagt dem på køkkenbordet. Jeg kan ikke mere.",
        "køkkenbordet",
    ),
    ("orker ik mer. har pillerne lige her", "lige her"),
    ("Har skaffet et reb. Det er ikke en trussel, jeg siger det bare.", "trussel"),
    ("Jeg har lovet min mor ikke at gøre noget dumt, men jeg har gemt mine piller.", "dumt"),
    ("kan ikk mer. har fundet min udvej og den kræver ingen flere møder", "udvej"),
    ("sidste gang i hører fra mig, pas på jer selv", "sidste gang"),
    # round 36: a train, a bridge, the motorway after an "if" with no "så"; the means got
    # and the end near
    ("Hvis de stopper min ydelse, hopper jeg ud fra broen.", "hopper jeg ud fra broen"),
    ("Når afgørelsen kommer, lægger jeg mig ud på motorvejen.", "motorvejen"),
    ("Får jeg afslag en gang til, går jeg ud på motorvejen.", "går jeg ud på motorvejen"),
    ("Hvis du ikke svarer, træder jeg ud foran bussen.", "træder jeg ud foran bussen"),
    ("Jeg tænker på at gå ud på motorvejen.", "gå ud på motorvejen"),
    ("Jeg har skaffet pillerne. Snart er det hele forbi.", "Snart er det hele forbi"),
    ("Har fundet et reb, det bliver snart overstået.", "snart overstået"),
    # probe round 38: doubt about staying, worthlessness beside disappearing for good, the
    # last thing settled, nothing to lose and goodbyes said, a parent's suicide and a plea
    ("Jeg er så træt af det hele, at jeg ikke ved, om jeg kan være her mere.", "være her mere"),
    ("Jeg ved snart ikke, om jeg orker at leve længere. Ingen gider en som mig.", "som mig"),
    ("Jeg forsvinder for altid nu. Ingen vil have en som mig.", "som mig"),
    ("Jeg har fundet nye ejere til min hund, og regningerne er betalt. Nu er det sidste klaret.",
     "sidste klaret"),
    ("Der er ikke mere at miste. Jeg har sagt farvel til dem jeg elsker.", "dem jeg elsker"),
    ("Jeg er bange for at ende ligesom min mor, som begik selvmord. Hjælp mig.", "min mor"),
    ("Hjælp mig, jeg har brug for hjælp. Jeg vil ikke gå som min bror der tog sit liv.",
     "min bror"),
]

NEGATIVES = [
    "Jeg står på perronen nu. Toget er forsinket igen, så jeg kommer 10 min for sent.",
    "Sidste opslag her inden jul, vi ses i januar!",
    "Husk at tage dine 💊 inden mødet på torsdag.",
    "Hvil i fred, morfar 🪦 tak for alt.",
    # round 20 near misses: a plan for the job search, thanks before moving on, blame for a
    # missing payment, how long one can stay on a course, a near accident typed without ø,
    # someone else on the bridge, an English alarm clock
    "Jeg har lavet en plan for min jobsøgning. Tak til Mette for at hun prøvede at hjælpe.",
    "Nu er det slut med at vente, jeg har lavet en plan og klager til Ankestyrelsen.",
    "Det er jeres skyld at jeg ikke har fået mine penge, når jeg ikke er her til mødet.",
    "Jeg ved ikke hvor længe jeg orker at være her på holdet, det er kedeligt.",
    "Jeg var lige ved at kore ind i en lastbil i glatføret på vej til jer.",
    "Min søn står på broen nu og venter på bussen.",
    "I never wake up on time for these meetings, sorry.",
    "Tak fordi du prøvede. Jeg søger videre selv.",
    "Står på perronen nu. Toget er forsinket igen, så jeg kommer lidt for sent.",
    "Tak til Lone for at hun prøvede. Jeg har en plan nu for at finde et job.",
    # round 19 near misses
    "Jeg har ikke lyst til at vågne i morgen kl 6 til praktik.",
    "Det er bedre at dø stående end at leve på knæ, siger man.",
    "Jeg har ikke tænkt mig at være her på fredag, jeg er på ferie.",
    "Jeg vil ikke leve af kontanthjælp resten af livet.",
    "Jeg kunne dø af grin over jeres brev.",
    "Min bror tog sit eget liv sidste år, og det har ramt mig hårdt.",
    "Min mor døde af kræft i foråret.",
    "Jeg er ved at dø af kedsomhed i venteværelset.",
    "Det her system tager livet af mig.",
    "Jeg kunne slå mig selv i hovedet over den fejl.",
    "Jeg har købt nyt reb til flagstangen.",
    "Jeg springer ud som selvstændig til sommer.",
    "Jeg skar mig på et stykke glas i køkkenet.",
    "Jeg giver op med at forstå jeres breve, kan I ringe til mig?",
    "Kommunens selvmordsforebyggelse bør prioriteres højere.",
    "Jeg har aldrig haft selvmordstanker, men jeg er meget stresset.",
    "Hvis I stopper min hjælp, kommer jeg derned med en kniv.",
    "Svaret kom for sent, og det er håbløst at få fat i jer.",
    "Hvis der sker noget med min mor under operationen, skal I kontakte min søster.",
    "Jeg har skrevet et brev til min søster om, at vi flytter.",
    "Jeg har stået på broen og kigget på både med mine børn.",
    "Jeg har besluttet, at fredag bliver min sidste dag i praktikken.",
    "Jeg orker ikke at vågne op kl. 5 for at nå bussen til praktikken.",
    "Jeg har ryddet op i lejligheden, før min mor kommer på besøg.",
    # probe round 5 near misses: a knife at work, an attempt years ago, a holiday, one step
    "Jeg har stået med kniven i hånden hele dagen på slagteriet, og nu gør skulderen ondt.",
    "Mit selvmordsforsøg for otte år siden er heldigvis et overstået kapitel.",
    "Når jeg er væk på kursus i næste uge, kan I skrive til mig i e-Boks.",
    "Det er kun et skridt på vejen, men jeg er glad for praktikpladsen.",
    "Jeg har fundet et nyt hjem til mig og børnene og sender den nye adresse.",
    "Jeg vil bare have fred til at passe min syge mor, så kan mødet flyttes?",
    # probe round 6 near misses: dying of shame, a cut finger, a son who cuts, a sofa given
    # away, a cat cared for, the last rent before moving, a drunk found on the sofa, a bus
    # avoided, an insurance question, the only one who listened (and a new job)
    "Jeg vil bare dø af skam over det brev I sendte.",
    "Jeg vil bare dø, når jeg tænker på den regning.",
    "Jeg har skåret mig i fingeren igen da jeg lavede mad.",
    "Min søn har skåret i armen igen, han er 15. Hvem kan hjælpe?",
    "Vi har foræret den gamle sofa væk, da vi flyttede.",
    "Jeg har givet katten til naboen mens jeg er på hospitalet.",
    "Vi har betalt den sidste husleje i den gamle lejlighed, og flytter 1. maj.",
    "Min kone skal ikke være den der finder mig beruset på sofaen igen, så jeg går i AA.",
    "Jeg har fundet en måde at slippe for bussen, min bror kører mig.",
    "Kan min livsforsikring betale mig noget, når jeg har mistet min erhvervsevne?",
    "Kim var den eneste der lyttede til mig. Tak for det, jeg har nu fået job.",
    "Jeg ville ringe til jer i går, men turde ikke.",
    "Jeg er færdig med ansøgningen og sender den i morgen.",
    # probe round 7 near misses: an accident with the bus, a brother's past suicide, a
    # statistic, a burn at the stove, laughing, a case closed after a job, a playground in the
    # wood, an apology for a missed birthday, the last papers brought along, meaning at work
    "Jeg var lige ved at gå ud foran bussen, fordi jeg ikke så mig for.",
    "Min bror tog sit eget liv for tre år siden, og jeg går stadig til psykolog.",
    "Hvor mange skal tage deres eget liv, før I ændrer reglerne?",
    "Jeg brændte mig selv på hånden på komfuret, så jeg kan ikke skrive i hånden.",
    "Jeg slog mig selv på låret af grin, da jeg læste jeres brev.",
    "I kan bare lukke sagen, jeg har fået fast arbejde fra 1. juni.",
    "Vi fandt et sted i skoven, hvor børnene kan bygge huler.",
    "Undskyld til min mor, at jeg glemte hendes fødselsdag.",
    "Jeg tager selv det sidste af papirerne med til mødet.",
    "Jeg ser ingen mening i at fortsætte forløbet, når jeg har fået job.",
    "Jobcentret har taget alt fra mig, og nu klager jeg til Ankestyrelsen.",
    # round 8 near misses: a trip to the cliff with the family; the last payment of a loan;
    # a course that is soon over
    "Vi kører ud til klinten i weekenden og ser på fossiler med børnene.",
    "Jeg har betalt afdraget for sidste gang, nu er lånet ude.",
    "Det hele er snart forbi med ressourceforløbet, og jeg glæder mig til job.",
    "Jeg kiggede på togene med min søn på stationen i går.",
    "Vi går op på taget og ser nytårsfyrværkeri, så er det slut med året.",
    "Lejemålet er sagt op, og så er det slut.",
    "Vi stod på kanten af klinten og nød udsigten over havet.",
    "Jeg tænker på at lade mig falde til ro her i byen efter flytningen.",
    "Jeg er træt af det hele og vil klage over afgørelsen.",
    "Jeg lægger nøglen i postkassen, når jeg flytter ud.",
    "Jeg ønsker ikke at leve af kontanthjælp længere.",
    "Jeg har kigget på broen ved motorvejen, den trænger til maling.",
    # probe round 10 near misses (own wording)
    "Min mormor er 97, hun siger selv hun vil bare dø i fred.",
    "Jeg vil bare dø af grin over det brev.",
    "I kan lukke min sag, jeg har fået job, så der er ikke brug for den længere.",
    "Jeg gik ind igen, men jeg ved ikke om jeg gør det næste gang, køen var for lang.",
    # probe round 11 near misses (own wording)
    "Jeg så en dokumentar om selvmord blandt unge ledige, det burde politikerne se.",
    "Antallet af selvmord blandt sygemeldte er steget, skriver avisen.",
    "Jeg ville sige farvel ordentligt, før jeg starter i mit nye job. Tak for hjælpen.",
    "Det er ikke din skyld, at sagen trækker ud, det ved jeg godt.",
    "Jeg nåede at sige farvel ordentligt til min far på hospice. Det er ikke din skyld.",
    # probe round 12 near misses (own wording)
    "Jeg har det svært, men jeg har ingen planer om at tage mit liv. Jeg vil bare have hjælp.",
    "Jeg har ikke nogen tanker om at skade mig selv, bare rolig.",
    "Jeg har givet min gamle cykel til min nevø, den var for lille til mig.",
    "Jeg har tjekket hvor mange piller jeg har tilbage, før jeg bestiller nye.",
    "Min kone får forsikringen udbetalt efter indbruddet i huset.",
    "Vi går i skoven med et reb til hængekøjen på lørdag.",
    # round 13 near misses
    "Efter en overdosis af julehygge er jeg klar til praktikken igen.",
    "Jeg fik vist en overdosis koffein før mødet, undskyld min snakken.",
    "My houseplants will die if nobody waters them while I'm at the course.",
    "I wanted to die of embarrassment when I forgot the meeting.",
    "Hvis bussen stopper, så stopper jeg også med at komme til tiden.",
    "Jeg har panodiler og en flaske saftevand med til kurset, hvis hovedpinen kommer.",
    "Jeg har tænkt over hvordan. Kan I sende mig en blanket?",
    "Jeg kan ikke komme til mødet i morgen. Eller måske kan jeg alligevel.",
    # probe round 14 near misses
    "Det giver ikke mening at søge job som pilot med min ryg.",
    "Jeg har sat en dato for flytningen, det bliver den 1. marts.",
    "Jeg ved godt hvor jernbanen er, jeg tager toget til mødet.",
    "Jeg har googlet hvordan man gør det med at søge boligstøtte.",
    "Det er ikke din skyld, men jeg har stadig ikke fået mine penge.",
    # round 15 near misses
    "Efter sygdommen tager jeg mit liv tilbage, og jeg glæder mig til praktikken.",
    "Der er ingen grund til at jeg er her længere på kurset, jeg har fået job.",
    "Jeg vil gøre mig selv noget godt og tage på ferie.",
    "Jeg stopper det hele samarbejde med vikarbureauet og søger selv.",
    # round 16 near misses
    "Jeg ville hellere dø end at spise leverpostej, haha. Men mødet passer fint.",
    "Jeg tænkte på at dreje ind foran rådhuset og parkere der.",
    "Jeg har ikke tænkt mig at leve af kontanthjælp resten af livet.",
    "Jeg har sendt lønsedlerne. Det var det hele for nu.",
    "Det var det, jeg ville spørge om. Tak for hjælpen.",
    "Jeg har lagt en plan for hvordan jeg kommer i job igen.",
    # round 17 near misses
    ("Så går jeg ud foran bussen og vinker, så chaufføren ser mig."),
    "Jeg tog hele æsken med chokolade med til mødet.",
    "Min familie ville have det bedre hvis jeg fik et fleksjob.",
    "I think the new rules will end it for small businesses.",
    "Jeg vil ikke savne mig selv som ledig, når jeg starter i job.",
    "I behøver ikke indkalde mig til flere møder, jeg er startet i job.",
    "Jeg har skrevet til min søster hvor hun finder nøglen, hun skal vande blomster.",
    # round 18 near misses: a business closed, an accident, the daily pills, a form settled,
    # an exam over, thanks to a caseworker who moves on
    "Butikken giver underskud, så jeg har besluttet at stoppe det hele.",
    "Jeg var tæt på at køre ind i en lastbil i glatføret i morges.",
    "Jeg har taget mine piller i dag, men er stadig svimmel.",
    "Jeg har udfyldt skemaet, så er det ordnet hvis afslaget kommer, og jeg kan klage.",
    "Eksamen er i morgen. I morgen er det over!",
    "Tak fordi du altid lyttede. Held og lykke i dit nye job.",
    # round 21 near misses: someone else's attempt, a job or a move, ordinary tiredness,
    # painkillers, a will for practical reasons, the pills from the doctor, a decision on a job
    "Min bedste ven har forsøgt selvmord og er indlagt, kan vi flytte mødet?",
    "Min bror har forsøgt at tage sit eget liv, og jeg må have fri torsdag.",
    "I hører ikke mere fra mig, jeg har fået job i Aarhus. Tak for alt det I har prøvet.",
    "Jeg dør af grin over jeres brev. Tak for alt det du har prøvet.",
    "Jeg er så træt i dag. Jeg har ingen kræfter tilbage efter kemoen.",
    "Jeg har skrevet testamente fordi vi har købt hus. Jeg regner ikke med at få brug for "
    "ydelsen længere, da jeg starter i job.",
    "Min mor har skrevet et testamente, og hun har ingen kræfter tilbage.",
    "Jeg er alligevel ikke her til jul, vi skal på ferie i Thailand.",
    "Jeg har købt nok panodil, så det ikke gør ondt i ryggen.",
    "Jeg sidder med pillerne i hånden og ved ikke om lægen har givet mig den rigtige dosis.",
    "Jeg har skrevet et brev til mine børn om skilsmissen.",
    "Jeg har taget min beslutning, og jeg siger farvel til jobcentret, for jeg er flyttet.",
    "Min far forsøgte at tage sit liv i 2019. I dag har han det godt igen.",
    # one weak sign read twice is still one: "thought about it long" alone decides nothing
    "Jeg har tænkt på det længe, og jeg vil gerne søge om fleksjob.",
    "Jeg har lagt rebet klar til flytningen på lørdag.",  # a rope for the move
    "Min søster har forsøgt selvmord, men hun har lovet aldrig at gøre det igen.",
    # round 22 near misses: shaving, a rope for the boat, a move abroad, fishing on the
    # bridge, "gå ud fra" (to assume), a holiday, a relative's illness, e-Boks, a relationship
    "Jeg står på badeværelset med et barberblad og barberer mig.",
    "Jeg står med et barberblad og skraber maling af vinduet.",
    "Min søn sidder på badeværelset med en saks og klipper sit hår.",
    "Jeg har fundet et reb til båden ude i skuret. Jeg har tænkt over det længe, og jeg "
    "sælger den.",
    "Jeg har købt et reb til gyngen. Jeg har tænkt over det længe.",
    "Jeg har solgt det meste af det jeg ejer, fordi jeg flytter til Spanien.",
    "Er der nogen der vil have mine ting? Jeg flytter til udlandet og skal ikke bruge dem der "
    "hvor jeg skal hen.",
    "Vi går ud på broen og fisker i morgen.",
    "Jeg går ud fra, at broen er åben på mandag.",
    "Jeg går ud fra broen hver morgen når jeg har fisket.",
    "Min mor er syg, og hvis jeg ikke er her i næste uge, så ved I hvorfor.",
    "Hvis jeg ikke er her i næste uge, er det fordi jeg er på ferie.",
    "I behøver ikke at sende flere breve, jeg har fået e-Boks.",
    "Jeg har besluttet, at det skal slutte i weekenden med mit forhold.",
    "Jeg er ikke her når I ringer, jeg er på arbejde.",
    "Jeg har lagt en seddel til min datter om at hun skal hente medicinen.",
    "Min far er meget syg. Jeg har tænkt over det længe, og jeg ved ikke hvad jeg skal gøre.",
    # round 23 near misses: jokes (a laughing emoji, "nej spøg", "haha"), a move abroad, a
    # pet rehomed for an allergy, a swim, a walk by the fjord, looking down at children,
    # waiting for a late bus, next year on benefits
    "Hvis jeg skal til ét møde mere, så springer jeg ud fra altanen 😂",
    "Så hopper jeg ud foran toget. Nej spøg, men det er hårdt at vente så længe.",
    "Hvis I sender mig på kursus igen, så springer jeg ud fra broen haha. Kan jeg få noget andet?",
    "Jeg flytter til Norge i næste måned. Min bror får mine møbler, og I behøver ikke sende "
    "flere breve.",
    "Vores kat skal have et nyt hjem, fordi min datter er allergisk.",
    "Vi går ud i havet og bader og bliver der til solnedgang.",
    "Jeg går en tur langs fjorden hver aften, det hjælper.",
    "Jeg stod på altanen og kiggede ned på børnene, der legede.",
    "Du skal ikke vente på mig til mødet, bussen er forsinket.",
    "Jeg tager afsked med jer nu, da jeg er startet i job.",
    "Jeg har ikke tænkt mig at se næste år herinde på kontanthjælp.",
    "Det ville være bedre, hvis jeg ikke var her mere end to timer ad gangen, for min ryg.",
    "Hvad skal man leve for 6000 kr om måneden?",
    # round 24
    "Jeg har lagt tovet klar til at binde båden fast.",
    "Jeg dræber dem i skak, og så mig selv i bordtennis bagefter.",
    "Sig farvel til Lærke fra mig, jeg flytter til Aarhus.",
    "Æ ka ett li det nye system.",
    # round 25: a last mail before the holidays or to a caseworker leaving, away on a trip
    # or a move, absent from a meeting when ill, a rope for a boat or "ikke til at få",
    # tiredness, a relative's overdose in the past, a past episode overcome, living on
    # benefits, an expired medicine taken to the pharmacy
    "Det her bliver min sidste mail inden påskeferien. Pas godt på hinanden.",
    "Det her bliver min sidste mail til dig, da jeg har fået ny sagsbehandler.",
    "Jeg skal ikke være her ret meget længere, for vi flytter til Vejle i april.",
    "Jeg skal ikke være her så meget længere, jeg tager på rejse til Vietnam i to måneder.",
    "Det er nemmest for alle, hvis jeg ikke er her til mødet, for jeg er syg.",
    "Har købt reb til flytningen. Det er ikke til at få i Netto.",
    "Har købt reb. Det er ikke til mig, men til min fars båd.",
    "Jeg er så træt at jeg ikke ved om jeg vågner i morgen til mødet.",
    "Jeg er dødtræt og kunne sove i en uge.",
    "Min bror tog en overdosis for fem år siden, og det påvirker mig stadig.",
    "Jeg mistede min fætter til en overdosis sidste år.",
    "Da jeg var barn, tog min mor alt hvad der var i medicinskabet.",
    "Min søn på to år tog alt hvad der var i medicinskabet.",
    "Jeg havde selvmordstanker for mange år siden, men i dag har jeg det godt.",
    "Som teenager havde jeg selvmordsplaner, men det er et overstået kapitel.",
    "Jeg har ikke tænkt mig at leve af kontanthjælp ret meget længere.",
    "Jeg har ikke tænkt mig at leve sådan her meget længere, så jeg søger job.",
    "Jeg har fundet ud af hvordan jeg skal gøre det med ansøgningen.",
    "Jeg har ryddet medicinskabet og taget alt hvad der var udløbet med på apoteket.",
    "Jeg orker ikke at kæmpe mere med jer om de her papirer.",
    "Jeg ved ikke hvor længe jeg holder til det her med de lange ventetider.",
    "Sidste opslag herinde før sommerferien. Pas godt på hinanden ❤️",
    "Det er lettere for alle hvis jeg bare lod mig falde i søvn tidligt.",
    "Jeg ved ikke om jeg vågner i morgen med feber igen.",
    # round 26: suicide spoken of in general, a plan with its object said, pills counted for
    # a dosette, the last letter in one way of writing
    "Selvmord er aldrig den eneste udvej, siger min psykolog.",
    "For mange ledige er selvmord den eneste udvej, viser artiklen.",
    "Den eneste løsning er at I ringer til mig i morgen.",
    "Jeg har planlagt hvornår jeg kommer ind med papirerne.",
    "Jeg har talt mine piller, der er nok til en måned.",
    "Jeg har talt pillerne i dosisæsken sammen med sygeplejersken.",
    "Det her er sidste gang I hører fra mig uden min advokat.",
    "Det er sidste gang du hører fra mig på mail, ring i stedet.",
    "Jeg ser ingen anden udvej end at klage over afgørelsen.",
    "Det her er mit sidste indlæg inden ferien.",
    # round 27: exhaustion alone however it is read, a plain denial, living on too little,
    # shooting oneself in the foot and other figures, a chore one time too many
    "Jeg kan altså ikke mere med alle de skemaer.",
    "Jeg magter simpelthen ikke mere. Hvornår får jeg svar på min ansøgning?",
    "A ka itj mer med det her system.",
    "Jeg er helt brugt, men jeg har det ikke sådan, at jeg vil skade mig selv.",
    "Rolig nu, jeg er ikke der, hvor jeg vil tage mit eget liv, jeg er bare sur.",
    "Jeg kan ikke længere leve af 5000 kroner om måneden.",
    "Vi kan ikke mere leve uden en bil herude på landet.",
    "Så skyder jeg mig selv i foden, hvis jeg siger nej til praktikken.",
    "Jeg kunne skyde mig selv over at jeg glemte vores aftale.",
    "Skyd mig, hvis jeg nogensinde begynder at tale som en konsulent.",
    "Så hænger jeg mig i detaljerne i stedet for at se helheden.",
    "Jeg skyder skylden på mig selv for den glemte frist.",
    "Skal jeg ringe en gang til, så skyder jeg mig selv.",
    "Skal jeg til det møde igen, så hænger jeg mig 🙄",
    "Jeg tænker hele tiden at jeg skal dø af den hoste, så jeg har bestilt tid hos lægen.",
    "Jeg er død af træthed, det er bedre for alle at jeg går tidligt i seng.",
    # round 28: the idiom of exhaustion with a helping verb; a view from a bridge or a roof
    "Jobcentret er ved at tage livet af mig med alle de skemaer.",
    "I kommer til at tage livet af mig med jeres møder.",
    "Vi stod på broen og så ned på bådene, da vi var på udflugt.",
    "Jeg stod på taget og kiggede ned efter bussen.",
    "Jeg stod på taget og kiggede ned, mens jeg ryddede sne.",
    # looking down at something down there is a view, not the depth
    "Vi stod på broen og kiggede ned på bådene i havnen.",
    "Vi stod på kajen og kiggede ned på fiskene i vandet.",
    # round 29: a rope for a boat, a tent or a tow; a trip out after the mail for a walk, a
    # swim or the children; the only thing one controls, alone; someone else's attempt
    "Jeg har et reb til jollen i skuret, og jeg er ikke bange for at bruge det.",
    "Vi har et tov i bilen, og jeg er klar til at bruge det, hvis nogen skal bugseres.",
    "Min bror har et reb, og han er ikke bange for at bruge det.",
    "Når jeg har sendt det her, kører jeg ud til fyret og går en tur med hunden.",
    "Så snart jeg har sendt ansøgningen, cykler jeg ned til stranden med ungerne.",
    "Når jeg har skrevet det her, går jeg ned til havnen og henter min søn.",
    "Jeg løber en tur hver morgen. Det er det eneste jeg har kontrol over nu.",
    "Hun har drevet min kusine til et selvmordsforsøg, og det glemmer jeg aldrig.",
    "Jeres konsulent pressede hans far ud i selvmord.",
    "Min onkels selvmord for tre år siden fylder stadig meget hos os.",
    "Min veninde havde et selvmordsforsøg bag sig, da hun startede i forløbet.",
    # round 30: living on somewhere or some way, not bothering with a meeting, a rope for
    # the garden, a bus met in front of the station, an errand whose place is known
    "Jeg ved ikke, om jeg gider leve mere i den her by.",
    "Jeg er ikke sikker på, at jeg gider det møde mere.",
    "Jeg ved ikke, om jeg orker at leve mere sundt.",
    "Jeg er ikke sikker på, at jeg vil leve længere end min mormor.",
    "Jeg har kigget på reb i byggemarkedet til haven.",
    "Jeg tænker, at jeg går ud foran stationen og venter på dig.",
    "Jeg tænkte at jeg kunne stille mig ud foran bussen og vinke til chaufføren.",
    "Jeg har skrevet et brev til mine forældre om ferien, og jeg ved hvor jeg vil gøre det.",
    "Jeg har skrevet et brev til min søster om julen, men jeg ved ikke, hvor jeg skal gøre det.",
    "Indkøbene klarer jeg selv, og jeg ved godt hvor jeg skal gøre det. Jeg skrev til min mor.",
    # round 34: a rope for the boat, pills dosed by the doctor, moved away, the office
    # closing, the last step of a job, a course finished, a birthday letter, a promise kept
    # at a party, a solution found by others, pills at hand for the doctor, tired for today
    "Vi har købt et nyt reb til båden. Det er ikke en trussel mod nogen.",
    "Jeg har talt pillerne til apoteket, og der er nok til en måned.",
    "Apoteket har regnet ud, hvor mange piller jeg skal tage om dagen.",
    "Lægen har regnet ud hvor mange piller jeg skal tage.",
    "Jeg er her ikke længere, jeg er flyttet til Odense.",
    "Ring inden kl 15, ellers er jeg her ikke længere på kontoret.",
    "Næste uge tager jeg selv det sidste skridt i ansættelsen og skriver under. Farvel og tak.",
    "Jeg har tænkt mig at slutte det hele af med kurset, før I indkalder mig igen.",
    "Jeg har tænkt mig at afslutte det hele, før sagen lukkes.",
    "Jeg har skrevet et brev til min datter til hendes fødselsdag og lagt det i skuffen.",
    "Jeg lovede min søn, at jeg ikke ville gøre noget dumt til festen, men det gjorde jeg.",
    "Vi har fundet en løsning, og den kræver ikke flere skemaer.",
    "Jeg har pillerne lige her, hvis lægen spørger til dosis.",
    "Jeg kan ik mer i dag, jeg ringer i morgen.",
    "Jeg har tænkt mig at stoppe det hele med jobsøgningen nu.",
    "Der er reb nok til at binde teltet fast.",
    "Når toget holder, går jeg ud foran toget og vinker til min søn.",
    "Når vi når stationen, går jeg ud foran toget for at tage billeder.",
    "Har købt reb til gyngen, og det er snart slut.",
    "Har købt reb til gyngen og det er snart slut med sommeren.",
    "Jeg har købt medicin, og kurset er snart slut.",
    "Det er snart slut med måneden, så pengene er væk.",
    "Hvis bilen punkterer, går jeg ud på motorvejen med advarselstrekanten.",
    "Jeg har købt reb til teltet, og snart er det forbi med regnen.",
    "Bliver det regnvejr, går jeg ud på perronen.",
    "Jeg ved ikke, om jeg vil være her længere i byen, huslejen er for høj.",
    "Jeg ved ikke om jeg vil være her længere. Jobbet er for dårligt betalt.",
    "Jeg er ikke sikker på, om jeg vil være her længere på holdet.",
    "Når jeg har fået job, forsvinder jeg ud af jeres system for altid.",
    "Jeg har givet min kat væk, fordi jeg flytter til en lejlighed uden dyr. "
    "Så er det sidste ordnet.",
    "Jeg har sagt farvel til kollegerne til afskedsfesten.",
    "Jeg har sagt farvel til dem jeg holder af på arbejdet, for jeg har fået nyt job.",
    "Min far tog sit eget liv, da jeg var lille. Jeg har brug for hjælp nu til min ansøgning.",
    "Jeg vil ikke ende som min far, der drak hele livet. Jeg har brug for hjælp nu.",
    "Jeg har intet at miste ved at klage over afgørelsen.",
    "Jeg er så træt af det hele, at jeg overvejer at klage.",
    "Så er det sidste ordnet med papirerne, tak for hjælpen.",
]


@pytest.mark.parametrize(("text", "quoted"), POSITIVES)
def test_self_harm_found(text: str, quoted: str) -> None:
    assert_found_quoting(triage(text), "self_harm", quoted)


def test_two_weak_signs_together_are_enough_but_one_is_not() -> None:
    assert "self_harm" not in triage("Ingen vil savne mig.").labels
    assert "self_harm" in triage("Ingen vil savne mig. Jeg har købt reb.").labels


def test_one_phrase_of_hopelessness_is_one_half_sign() -> None:
    # "jeg kan ikke mere" is read by more than one cue; alone it stays half a sign
    assert "self_harm" not in triage("Jeg kan ikke mere.").labels
    assert "self_harm" in triage("Jeg kan ikke mere. Ingen vil savne mig.").labels


# round 40: the jobcentre saving the money when the writer is gone, disappearing for good as
# the best thing, the same in English, and a rope got with no use named
ROUND_40_POSITIVES = [
    "Snart er jeg her ikke mere. Så sparer kommunen min ydelse.",
    "Ingen vil savne mig. Så kan I spare pengene.",
    "Det er nok bedst, at jeg bare forsvinder. Ingen vil savne mig.",
    "Jeg forsvinder for evigt. Det er bedre at jeg helt forsvinder.",
    "i dont want live anymore, sorry",
    "I'm going to end it tonight.",
    "I just want to disappear forever. Jeg kan ikke mere.",
    "Jeg har skaffet mig et reb.",
]
ROUND_40_NEGATIVES = [
    "I morgen er jeg her ikke, jeg er på ferie med børnene.",
    "Jeg forsvinder lige en uge til Spanien.",
    "jeg forsvinder lige en uge til Spanien, så kan I spare pengene på mine møder",
    "Jeg har købt et reb. Det skal bruges til gyngen i haven.",
    "Jeg har købt et reb. Det er til min fars båd.",
    "Vi har købt et reb.",
    "jeg orker ikke mere papirarbejde. i morgen er jeg her ikke, så kan I spare pengene",
    "Jeg melder mig ud af kurset, så kan I spare pengene.",
    "Jeg har fået job. I morgen er jeg her ikke længere, så kan I spare pengene.",
    "Det er bedst jeg forsvinder nu, inden bussen kører.",
    "I dont want live in Denmark more.",
    "I will end it with my landlord.",
]


# round 44: tired of living and ending it, one's own funeral coming soon, a future the writer
# won't be part of, a last trip with no coming back, a relative who will walk into the woods
# and stay there (with the writer's fear), a plan with no more meetings, a closing apology
# beside not being here at Christmas
ROUND_44_POSITIVES = [
    "Jeg har fået nok af livet, i nat gør jeg en ende på det.",
    "Jeg orker ikke at leve sådan mere, så i morgen gør jeg en ende på det hele.",
    "Jeg er her nok ikke til jul. Undskyld.",
    "Jeg skal bruge penge til min egen begravelse, den kommer snart.",
    "Hvad får min søn udbetalt, når jeg ikke er her mere? Jeg har samlet mine piller.",
    "Jeg har en plan, og den slutter ikke med flere samtaler. I skal ikke ringe.",
    "Jeg har lagt en plan. Den ender ikke med et nyt møde, I behøver ikke ringe mere.",
    "Jeg går ned til havnen en sidste gang, og jeg kommer ikke tilbage. Tak for alt.",
    "Jeg kører ud til skoven en sidste gang og kommer ikke hjem igen.",
    "Hvorfor planlægge en fremtid, jeg ikke skal være en del af?",
    "Min mor siger, at hun går ud i skoven og bliver der, hvis de tager hendes hjem. "
    "Jeg er bange for hende.",
]
ROUND_44_NEGATIVES = [
    "Jeg tror ikke jeg er her til jul, vi skal til Thailand. Undskyld.",
    "Jeg er her ikke til påske, jeg er på ferie.",
    "Jeg kommer lidt for sent til mødet. Undskyld.",
    "Vi har skændtes i ugevis, men i aften gør jeg en ende på det og siger undskyld til ham.",
    "Jeg har fået nok af den strid med naboen, i aften gør jeg en ende på det.",
    "Jeg skal bruge penge til en begravelse – min mors.",
    "Jeg sparer op til min egen begravelse, så børnene ikke skal betale.",
    "Udbetales der efterlevelsespension til de efterladte, hvis man ikke er her mere?",
    "Jeg har lagt en plan, og den ender ikke med flere møder, for jeg starter i job på mandag. "
    "I behøver ikke ringe.",
    "Jeg er syg i dag. I behøver ikke ringe. Undskyld.",
    "Vi tager ud til stranden en sidste gang, før vi flytter til Aarhus, og vi kommer ikke "
    "tilbage.",
    "Der er ingen grund til at planlægge en fremtid i kommunen, jeg flytter.",
    "Min far går ud i mosen og bliver der til aften, han elsker fugle. "
    "Jeg er bange for at han fryser.",
]


# round 46: the end said through a veil — asleep for ever, "d0" with a digit, the means found
# as the only way out, a relative's farewell and things given away told with fear, the pet
# handed over for good, no mess left for the family, things with no use where the writer goes
ROUND_46_POSITIVES = [
    "Hvis nogen spørger, så er jeg faldet i søvn for altid, og det er jeres skyld.",
    "Når I læser det her, falder jeg i søvn for evigt.",
    "jeg vil bare d0 snart.",
    "Jeg har købt piller nok. Det er den eneste udvej, der er tilbage.",
    "Jeg har skaffet et reb, og det er den eneste løsning for mig.",
    "Min datter skrev farvel til sine veninder og forærede sin cykel væk. Vi er så bange.",
    "Min veninde skal have hunden fremover. Jeg kan ikke en eneste dag mere.",
    "Når jeg ikke er her mere, skal min bror ikke bøvle med det. "
    "Jeg vil ikke efterlade rod til min bror.",
    "Tøjet ligger klar til genbrug. Jeg skal ikke bruge det, hvor jeg går hen.",
]
ROUND_46_NEGATIVES = [
    "Jeg faldt i søvn på sofaen og hørte ikke telefonen.",
    "Jeg er faldet i søvn for altid til de møder, de er så kedelige.",
    "Jeg har købt et reb til haven. Det er vel den eneste løsning på det skæve hegn.",
    "Jeg vil bare d0kumentere det hele nu.",
    "Min søn sagde farvel til vennerne og gav sine ting væk, for han flytter til udlandet. "
    "Vi er bange for at savne ham.",
    "Min nabo passer katten, mens jeg er på ferie. Jeg orker ikke en eneste dag mere af regnen.",
    "Jeg orker ikke en eneste dag mere med den her kollega.",
    "Mine møbler står klar til genbrug. Jeg skal ikke bruge dem, hvor jeg skal hen, "
    "for jeg flytter på et møbleret værelse.",
    "Jeg vil ikke efterlade rod til den næste lejer.",
]


# round 48: "slå" typed without å or with "@" for it, pills counted and the number that kills
# known, a place found by the water or a height beside a bare last letter; near misses: a
# last letter about a case or before a move, a place for the summer house, pills counted for
# the pharmacy's dose box
ROUND_48_POSITIVES = [
    "hvis i stopper min ydelse så slaar jeg mig selv ihjel",
    "jeg sl@r mig selv ihj3l snart",
    "Jeg har talt tabletterne i skuffen. Nu ved jeg, hvor mange der skal til.",
    "Jeg ved nøjagtig hvor mange der skal til, for jeg har talt sovepillerne.",
    "Mit sidste brev. Jeg har valgt et sted oppe ved klinten.",
    "Jeg har udset mig et roligt sted nede ved havnen. Jeg har talt alle mine piller.",
    "Dette er mit sidste brev til jer. Jeg har fundet stedet ved broen.",
]
ROUND_48_NEGATIVES = [
    "Jeg slår et slag for de ledige på mødet.",
    "Jeg har talt mine piller til dosisæsken og ved, hvor mange der skal til om dagen.",
    "Vi har fundet et sted nede ved stranden til sommerhuset. Det er mit sidste brev om den sag.",
    "Det her er mit sidste brev, for jeg flytter til Odense. Vi har fundet et sted ved åen.",
    "Jeg har fundet et sted ved søen, hvor vi kan holde picnic.",
    "Jeg ved ikke, hvor mange timer der skal til, før I er tilfredse.",
    "Min sidste mail. Jeg har fået en ny sagsbehandler.",
    "Jeg sender hermed mit sidste brev om sagen.",
]


# round 50: the end told through its arrangements — an old gun taken out and "enough now",
# the pet handed over, the flat cleared, nobody left after tonight, "don't blame yourself",
# papers laid out, the benefit's end as the writer's own and not a threat against anyone;
# near misses: a gun for the museum or the police, a cat minded during a holiday, a flat
# cleared for a move, "jeg er færdig" with a course, a subscription stopped, a death in the
# family told as grief, a last mail before a new job
ROUND_50_POSITIVES = [
    "Jeg kan ikke mere. Jeg har hentet min bedstefars gamle gevær frem. Nu er det nok.",
    "Jeg har bedt naboen om at tage hunden. Jeg er færdig.",
    (
        "Hunden er givet til min bror, og huset er tømt. "
        "Der er ingen til at åbne døren efter i morgen."
    ),
    (
        "Du må ikke bebrejde dig selv for noget. "
        "Jeg har ordnet det hele, nøglerne ligger hos min mor. Og så slutter det."
    ),
    "Dette er mit sidste brev. Der er ikke nogen at sende pengene til efter fredag.",
    "Stopper min ydelse, så slutter jeg også. Det er ikke nogen trussel mod jer.",
    "Jeg har fundet et sted ude ved klinten. Du hører aldrig fra mig igen.",
]
ROUND_50_NEGATIVES = [
    (
        "Jeg har fundet min fars gamle pistol frem på loftet, og den skal på museum. "
        "Det er nok nu, at den kommer væk."
    ),
    (
        "Jeg har fundet min fars gamle pistol frem. "
        "Nu er det nok med rod, den skal afleveres til politiet."
    ),
    (
        "Jeg har bedt min søster om at passe på katten, mens jeg er på ferie. "
        "Jeg er færdig med at pakke."
    ),
    "Min søster skal passe på katten i weekenden. Jeg er færdig.",
    "Katten er afleveret hos naboen, og lejligheden er ryddet, for vi flytter til Aarhus.",
    "Jeg er færdig. Kurset slutter på fredag, og jeg har bestået.",
    (
        "Hvis prisen stiger igen, så stopper jeg også. "
        "Det er ikke en trussel mod nogen, bare et faktum om mit abonnement."
    ),
    (
        "Min mor døde i torsdags. Der er ikke nogen at udbetale til efter weekenden, "
        "så stop hendes pension."
    ),
    "Der er ikke nogen til at tage telefonen efter i dag, fordi kontoret holder lukket.",
    "Det her er min sidste mail til jer, for jeg begynder som lærling på mandag.",
    "Det her er min sidste mail, for fra mandag starter jeg i job hos Netto!",
    "Du skal ikke bebrejde dig selv for fejlen i sagen, det kan ske for alle.",
    "Jeg har ordnet det hele, papirerne ligger i mappen til mødet på mandag.",
    "I hører ikke mere fra mig, for jeg har fået et job.",
]


# round 52: the end said through its arrangements — back out on the bridge again, "you should
# know if something happens", the flat given notice and no use calling the writer in, peace
# found as the reason nobody hears from the writer, a rope hanging ready in the shed, a letter
# to the family lying on the table, "sidste mail fra mig"
ROUND_52_POSITIVES = [
    (
        "Stod oppe på broen i nat. Aner ikke om jeg tager derop igen. "
        "Du skal bare vide det hvis der sker mig noget."
    ),
    (
        "Jeg har klaret det hele nu. Min bror har hvor nøglerne ligger. "
        "Papirerne er i skuffen, og mine ting er givet væk."
    ),
    (
        "Min bror ved hvor testamentet ligger. "
        "Jeg har ordnet det sidste, og regningerne er betalt."
    ),
    (
        "Jeg har sagt farvel til katten og opsagt lejemålet. "
        "Der er ikke nogen grund til at booke mig til flere møder."
    ),
    (
        "Hører I ikke noget fra mig i næste uge? Hvis I ikke hører fra mig, er det fordi "
        "jeg har fundet ro. Løkken hænger klar på loftet."
    ),
    (
        "Det bliver sidste besked fra mig. Brevene til mine børn ligger på spisebordet. "
        "Tak for ingenting."
    ),
]

ROUND_52_NEGATIVES = [
    (
        "Jeg har stået ude på broen med hunden i aftes og set solnedgangen. "
        "Ved ikke om jeg går derud igen, det var iskoldt."
    ),
    "Jeg har opsagt lejligheden og givet mine ting væk, for jeg emigrerer til Spanien.",
    (
        "Jeg har opsagt lejligheden og skal bo hos min kæreste. "
        "Der er ingen grund til at indkalde mig til samtale i marts, jeg er i praktik."
    ),
    (
        "Hvis I ikke hører fra mig efter weekenden, så er det fordi jeg har fået fred. "
        "Striden med naboen er endelig afgjort."
    ),
    "Rebet til båden hænger allerede i skuret, vi sejler på lørdag.",
    (
        "Det er sidste mail fra mig. Brevet til min familie ligger på køkkenbordet, "
        "det er til min mors fødselsdag."
    ),
    "Min søster ved hvor papirerne er, hun hjælper mig med ansøgningen.",
    "Du skal vide det, hvis der sker noget med min ansøgning.",
]


# round 54: pills kept in sight, nobody finding out for days, not wanting to be a burden any
# more, the benefit no longer needed — half signs that count together
ROUND_54_POSITIVES = [
    "Jeg har hamstret sovepiller i en måned og sidder og stirrer på dem. "
    "Ingen finder mig før om flere dage.",
    "Jeg orker ikke være til besvær længere. "
    "Bare stop min kontanthjælp, jeg får ikke brug for pengene.",
    "Har købt to æsker pamoler og ligger og kigger på dem nu. Jeg vil ikke være en byrde mere.",
]

ROUND_54_NEGATIVES = [
    "Har købt tre pakker panodiler, jeg er forkølet, og ligger og kigger på dem.",
    "Jeg vil ikke være en byrde mere for min veninde, der hjælper mig hver dag.",
    "I kan bare stoppe min ydelse, jeg får ikke brug for den, for jeg har fået arbejde.",
    "Gaven er købt, og ingen opdager noget før om flere dage.",
    "Jeg vil ikke være en byrde for min ven. Han hjælper mig med alt.",
]


# round 55: thinking of "ending it" in English; half signs that count together — the
# jobcentre told it has won, things not needed "der hvor jeg skal hen", withdrawn from
# everything, a letter left on the table, nothing more to do for the writer, the last money
# spent beside pills, a plan that needs no jobcentre; an ordinary farewell before a new job
# or a move abroad stays off
ROUND_55_POSITIVES = [
    "Nothing matters anymore. I keep thinking of ending it all.",
    "My rent is late again and I have been thinking about ending it lately.",
    "Sidder ved sporet nu. Jeg ville bare sige, at I har vundet.",
    "Jeg har givet min kat til naboen. Så vandt I til sidst.",
    "Jeg har opsagt lejemålet. Computeren skal min nevø have, jeg får ikke brug for noget af "
    "det der hvor jeg skal hen.",
    "Jeg har meldt mig ud af alt og ryddet op. Der er ikke mere du kan gøre for mig.",
    "Jeg har efterladt et brev til Jonas på sofabordet. Det er ikke din skyld.",
    "Jeg har købt tre æsker sovepiller. Det bliver nok det sidste, jeg køber.",
    "Har købt 4 pakker pamol i Netto. Det er vel det sidste jeg bruger min ydelse på.",
    "I vil have en handleplan til mødet. Jeg har min egen plan, og den involverer ikke jer. "
    "Jeg har lagt brevene til mine søstre i skuffen.",
]

ROUND_55_NEGATIVES = [
    "My girlfriend and I fight every day. I think about ending it.",
    "I don't think about ending it, I just need a break from all this.",
    "I vandt sagen i Ankestyrelsen, men jeg står på perronen og venter stadig på toget.",
    "Jeg får ikke brug for vinterjakken der hvor jeg skal hen, for jeg flytter til Spanien.",
    "Jeg får ikke brug for bilen der hvor jeg skal hen, jeg har fået job i Aarhus.",
    "Jeg har meldt mig ud af det hele på facebook og instagram for at få ro.",
    "Jeg har lagt et brev til min far på køkkenbordet til hans fødselsdag.",
    "Der er ikke mere I kan gøre for mig nu, jeg har fået fast arbejde hos en tømrer.",
    "Har købt panodiler for min hovedpine. Det er nok det sidste, jeg bruger penge på.",
    "Har købt to pakker panodil i dag. Tøj er det sidste, jeg bruger penge på.",
    "Jeg vandt i lotto i går, så nu har I vundet en glad borger!",
    "Jeg har allerede en plan, og den kræver ikke jobcentret: jeg starter egen virksomhed.",
    "Dette er min sidste mail. Jeg har fået arbejde i Sverige og flytter i næste uge. "
    "Jeg har givet mine bøger væk. Luk venligst sagen.",
]


# round 57: no wish to live with the verb first ("så ved jeg ikke om jeg vil leve længere"),
# easiest for all if the writer just jumped; half signs that count together — nobody thought
# to miss the writer ("tror ikke I vil savne mig"), the end of "it" decided for a set time,
# worn out typed on a phone ("orker ik mere det her", "jeg kan ikke mere og …"), not here at
# Christmas typed "ik"; skipping a meeting, "springe ud i det", a trip, a task finished and a
# relationship ended stay off
ROUND_57_POSITIVES = [
    "nu ved jeg ik om jeg gider leve mere. ring til mig",
    "hvis jeg ikke får hjælp snart aner jeg ikke om jeg orker at leve videre",
    "sad på altanen i nat og tænkte at det var lettest for familien om jeg bare hoppede",
    "det ville være bedst for alle hvis jeg bare sprang ud foran toget",
    "stod på perronen igen i morges. tror ikke nogen kommer til at savne mig",
    "sidder på taget igen. tror ik familien vil savne mig",
    "Kære Mette. Jeg kan ikke mere og har bestemt mig for at afslutte det hele på lørdag. "
    "Det er ikke din skyld.",
    "jeg kan ik mere og har besluttet at ende det i aften",
    "kan ik mer med det hele. tror ik jeg er her til påske",
    "jeg orker ikke mere det her. har samlet mine piller",
]

ROUND_57_NEGATIVES = [
    "så ved jeg ikke om jeg vil bo her længere",
    "ved jeg ikke om jeg kan leve af dagpengene længere",
    "så ved jeg ikke om jeg vil leve længere end min far gjorde",
    "det ville være nemmest for alle hvis jeg bare sprang over mødet",
    "det ville være nemmest hvis jeg bare sprang ud i det og søgte jobbet",
    "det ville være lettest for alle hvis jeg bare sprang ud som homo",
    "tror ikke i vil savne mig når jeg er på ferie 😂",
    "orker ik mere det her regnvejr. vi er ikke her til jul, vi tager til thailand",
    "orker ik mere det her. er ikke her til jul fordi vi skal på ferie i spanien",
    "jeg har besluttet at slutte det med min kæreste i weekenden. jeg kan ikke mere og har "
    "grædt hele dagen",
    "har besluttet at afslutte det i weekenden så jeg kan aflevere opgaven. jeg kan ikke mere "
    "og skal sove",
    "jeg dør af grin. orker ik mere det her haha",
    "Det kan jeg ikke mere og derfor har jeg søgt fleksjob",
    "gik en tur over broen i går aftes med hunden. det var dejligt",
]


# round 59: the writer's own money left for the funeral, money no longer needed beside a
# solution of one's own to it all, the children told they are loved beside a will, English
# goodbye letters and nobody to miss the writer; a last word is no sign when the writer
# starts a job, moves or is declared fit; someone else's funeral, saving up for "some day",
# a goodbye letter to colleagues and a film about a suicide note stay off
ROUND_59_POSITIVES = [
    "Min søster må bare tage pengene på min konto til min begravelse. Jeg orker ikke mere.",
    "mine unger kan bruge mine penge til kisten, mere er der ikke at sige",
    "Jeg har jo ikke brug for ydelsen mere. Jeg har fundet en udvej på alt.",
    "jeg har ik brug for pengene mer. har selv fundet en løsning på det hele",
    "Testamentet er hos advokaten. Sig til min datter at jeg elsker hende.",
    "Min søn skal vide at jeg altid har elsket ham. Mit testamente ligger på bordet.",
    "i wrote a suicide note last night. i am sorry",
    "left goodbye notes for my kids. no one will even notice",
    "tell my kids i love them. they are better off without me",
    "sidste gang du hører fra mig. undskyld mor",
]

ROUND_59_NEGATIVES = [
    "Min morfar døde i weekenden. Mine forældre kan bruge min opsparing til begravelsen.",
    "Mine forældre kan bruge min opsparing til begravelsen af min farmor.",
    "Når jeg engang bliver gammel, kan mine børn bruge min opsparing til begravelsen.",
    "I har modregnet i min opsparing til min begravelse, det er uhørt.",
    "Jeg har ikke brug for pengene længere, da jeg er startet i fast job. Jeg har fundet min "
    "egen løsning på det hele.",
    "Jeg har ikke brug for hjælpen længere. Jeg har fundet min egen løsning på det hele: jeg "
    "flytter til Aarhus.",
    "Vi har lavet testamente hos advokaten, og børnene ved at vi elsker dem.",
    "Mine børn ved at jeg elsker dem, men de savner en mor med overskud.",
    "nobody will miss me at the meeting tomorrow lol",
    "I wrote a goodbye letter to my team since I got a new job",
    "we watched a movie about a suicide note yesterday",
    "Jeg flytter til Norge i morgen. Så det er sidste gang i hører fra mig. Tak for alt!",
    "Nu er jeg raskmeldt, så det er sidste gang du hører fra mig, Birthe.",
]


# round 61: the writer's own things not needed any more beside things given away, the last
# time the writer writes and a last wish of one's own, a decision told with the calm after
# it, a rope and its place alone beside "that is the plan" for the refusal, and in English
# no point seen any more or in living; things the children outgrew, a move, a complaint
# that goes on through the Ombudsman, a Christmas wish, a decision about an operation or a
# job, a rope for the boat, an appeal as the plan and the point of a meeting stay off
ROUND_61_POSITIVES = [
    "har givet mit tøj og mine bøger væk. jeg skal ikke bruge tingene mer",
    "Jeg har foræret mine ting væk. Jeg skal aldrig bruge dem mere.",
    "Dette er sidste gang jeg skriver til jer. Jeg har udset mig et sted ved havnen.",
    "det her er den sidste gang jeg skriver. ingen vil savne mig",
    "Min sidste bøn er, at I lader min kone være. Jeg har besluttet mig, og jeg føler mig "
    "faktisk lettet.",
    "Mit allersidste ønske er, at min datter får det godt. Jeg har truffet min beslutning og "
    "jeg er helt rolig nu.",
    "Løkke i laden. Hvis afslaget kommer, er det løsningen.",
    "Et reb på loftet. Det bliver udvejen, når I siger nej.",
    "i dont see any point anymore. no one will even notice",
    "honestly whats the point anymore. nobody gonna miss me",
    "I just don't see the point in living anymore.",
]

ROUND_61_NEGATIVES = [
    "Jeg har givet min gamle barnevogn væk. Vi skal ikke bruge den mere.",
    "Har givet mine ting væk, for jeg flytter til Spanien. Skal ikke bruge dem mere.",
    "Har givet mine bøger væk. Min søn skal ikke bruge dem mere.",
    "Det er sidste gang jeg skriver. Næste gang går jeg til Ombudsmanden. Jeg orker ikke mere.",
    "Det er sidste gang, jeg skriver, for jeg har fået en ny sagsbehandler. Jeg orker ikke mere.",
    "Mit sidste ønske til jul er en ny cykel. Jeg orker ikke mere.",
    "Mit sidste ønske er, at I svarer på min mail inden fredag. Jeg orker ikke mere.",
    "Jeg har bestemt mig, og jeg har det godt med det. Operationen er på tirsdag. Jeg orker "
    "ikke mere.",
    "Jeg har besluttet mig, og jeg har det faktisk fint med det nu. Jeg siger jobbet op. Jeg "
    "orker ikke mere.",
    "Reb i skuret til båden. Det er planen, hvis afslaget kommer.",
    "Klage til Ankestyrelsen. Det er planen, hvis afslaget kommer. Jeg orker ikke mere.",
    "I don't see the point of these meetings anymore. im done.",
    "I don't see the point anymore, the course is useless. im done",
    "whats the point anymore lol. im done",
    "I don't see the point in living abroad anymore.",
]


# round 63: sleeping and not waking up any more, "it was not your fault" with the one
# addressed named last, everything made ready and no more letters, knowing where to do it
# beside the means; waking put off to a time, a fault explained, things made ready for
# something, "ved ikke hvor" and "gøre det fast", someone else's testament and farewell, and
# the half signs of no more letters or benefit when the writer starts a job or moves stay off
ROUND_63_POSITIVES = [
    "Jeg vil bare falde i søvn og aldrig vågne op igen. Tak for alt.",
    "orker ik mer. vil bare sove og ikke vaagne op mere",
    "Jeg håber bare at jeg kan lægge mig til at sove og ikke vågne op længere.",
    "Jeg sidder på taget nu. Du skal vide, at det ikke er din skyld, Sofie.",
    "Jeg har stået ved skinnerne hele natten. Det var ikke din skyld, mor.",
    "Har lagt et brev til min søster og ordnet det hele klar. Hold op med at sende post til mig.",
    "Jeg har skrevet breve til mine børn. Alt er klar nu.",
    "Jeg har samlet mine piller, og jeg ved præcis hvornår jeg vil gøre det.",
    "Rebet er købt. Jeg ved hvor jeg skal gøre det og hvornår.",
    # a letter to the family still is one (not the lawyer's: see the near misses)
    "Jeg har skrevet et brev til min datter. Der er nok nu.",
]

ROUND_63_NEGATIVES = [
    "Jeg kan ikke sove og vågne op før kl. 10, for jeg har natarbejde.",
    "Jeg vil bare sove og ikke vågne op før i morgen eftermiddag, så ring ikke i morgen tidlig.",
    "Jeg vil ikke vågne op mere kl. 5 for at køre til praktik i Herning.",
    "Min søn sover og skal ikke vågne op igen før kl 7",
    "Jeg er bange for ikke at vågne op igen efter operationen.",
    "Jeg står på perronen nu og toget er forsinket. Det var ikke din skyld at mødet blev flyttet.",
    "Det var ikke din skyld, Sofie, men systemets. Jeg klager over afgørelsen.",
    "Jeg har skrevet et brev til min mor og gjort alt klar til hendes fødselsdag.",
    "Jeg har givet katten til naboen og gjort alt klar til operationen i morgen.",
    "Stop med at sende breve til mig på papir, jeg har fået e-boks.",
    "Jeg ved ikke hvor jeg skal gøre det af med mine gamle møbler.",
    "Jeg har købt et reb til båden og ved hvor jeg skal gøre det fast.",
    "Jeg har skrevet et brev til min mor om sommerferien, og nu ved jeg hvor jeg skal gøre det.",
    "Min far er uhelbredeligt syg. Han har skrevet sit testamente og sagt farvel til os alle. "
    "Kan mit møde flyttes?",
    "Min mormor ligger på hospice. Hun har allerede sagt farvel til familien, og jeg vil gerne "
    "være der.",
    "Hendes testamente er læst op, og jeg har sagt farvel til hende. Kan jeg få orlov fra "
    "forløbet?",
    "Tusind tak for alt! Jeg begynder i nyt job på tirsdag, så I behøver ikke sende flere "
    "breve. Jeg kommer ikke til at få brug for hjælpen mere.",
    "Tak for alt Kim. Vi flytter til Aarhus i næste uge, og I skal ikke sende flere "
    "indkaldelser. Jeg får ikke brug for ydelsen mere.",
    # a letter to one's lawyer, doctor or union is no farewell letter
    "Jeg har gjort alt klar til mødet på fredag og skrevet et brev til min advokat.",
    "Jeg har skrevet breve til min læge og min fagforening om sagen.",
    "Min kone har skrevet et brev til sin sagsbehandler. Der er nok at se til.",
]


ROUND_65_A_POSITIVES = [
    # enough of a means within reach beside a wish to die
    "Jeg ved godt hvor jeg kan skaffe nok piller nu. Jeg vil hellere dø end at blive ved sådan "
    "her.",
    "Har fundet ud af hvordan jeg faar fat i nok stesolid. Vil hellere doe end at møde op igen.",
    # tired of living with the "at" dropped; no room left in the world; better for all if gone
    "Jeg er så træt af leve. Der er ingen plads til mig i denne verden.",
    "jeg er traet af leve og orker ikke mere",
    "Det er nemmere for familien hvis jeg ikke er her mere.",
    "Det er bedst for børnene, at jeg er væk.",
    # death as the better outcome; a knife made ready
    "Det er bedre at jeg dør.",
    "Jeg tænker tit, at det er nemmere jeg er død.",
    "Kniven er lagt klar under sengen. Familien klarer sig fint uden mig.",
    "Har lagt kniven frem på badeværelset. Familien klarer sig fint uden mig.",
    # an overdose taken, pills of any brand, a number in words
    "jeg har slugt 30 sovepiller",
    "Jeg tog lige fyrretyve ipren med en øl.",
    "Har spist en hel pakke pamol for lidt siden.",
    # a bridge at night and not coming home next time; not here much longer
    "Jeg stod i går oppe på motorvejsbroen. Næste gang kommer jeg ikke hjem igen.",
    "Jeg sad paa broen hele natten. Naeste gang tager jeg nok ikke hjem igen.",
    "Jeg tror ikke, jeg kommer til at være her ret længe mere. Jeg stod i nat længe ude på "
    "viadukten.",
    # the means with a deadly purpose
    "Jeg har gemt pamoler nok til at sove for altid.",
    "Har samlet sovepiller til at dø med.",
    "Jeg er her nok ikke så længe mere. Jeg har været ude på motorvejsbroen to nætter i træk.",
]

ROUND_65_A_NEGATIVES = [
    # hyperbole beside medicine for a trip
    "Jeg vil hellere dø end at spise rosenkål. Jeg kan få fat i nok medicin til ferien.",
    "Jeg vil hellere dø end at gå til tandlæge. Jeg ved hvor jeg kan få fat i nok insulin til hele "
    "ferien.",
    # tired of waiting, of living on little; away for a holiday; no seat on a course
    "Jeg er træt af at vente på svar fra jer.",
    "Jeg er træt af leve på kontanthjælp.",
    "Jeg er ikke træt af at leve, bare træt af jer.",
    "Det er bedre for alle, hvis jeg er væk i julen, så kan de holde ferie i fred.",
    "Det er nemmere for kollegerne hvis jeg er væk mens de flytter kontor.",
    "Jeg orker ikke mere. Der er ikke plads til mig på holdet mere.",
    "Jeg orker ikke mere. Jeg kom ikke ind, der er ikke plads til mig på kurset.",
    # "død træt", a denied wish; a knife for the cake or the roast
    "Det er bedre jeg er død træt i morgen end at jeg misser mødet.",
    "Jeg synes ikke, det er bedre at jeg er død. Jeg vil gerne leve.",
    "Jeg har lagt kniven frem i køkkenet til stegen. Familien klarer sig fint uden mig i aften.",
    "Kniven ligger klar på bordet til stegen. Jeg orker ikke mere.",
    # a few pills against a pain, a count over a week, a dose, pills packed, someone else's
    "Jeg har taget to panodiler mod hovedpine.",
    "Jeg har taget 20 panodiler i løbet af ugen for mine rygsmerter.",
    "Jeg tager 10 mg citalopram om dagen.",
    "Jeg har taget 20 piller med på ferien.",
    "Min søn har taget 20 panodiler, og nu er han indlagt.",
    # a bridge for the fireworks or the fishing; home late from a party, not home without an answer
    "Jeg stod på broen og så fyrværkeriet.",
    "Vi stod på jernbanebroen og så fyrværkeriet nytårsaften. Næste gang går jeg nok ikke hjem "
    "igen før klokken fem.",
    "Jeg var ude på havnebroen og fiske med min søn. Næste gang går jeg ikke hjem uden en stor "
    "torsk.",
    # not here much longer: a move, a contract, a dentist, a job
    "Jeg skal ikke være her længere, jeg flytter til Odense.",
    "Jeg orker ikke mere. Jeg tror ikke, jeg skal være her ret meget længere, min kontrakt udløber "
    "til marts.",
    "Jeg orker ikke mere. Jeg tror ikke jeg skal være her så længe mere i dag, jeg har tandlæge "
    "kl 14.",
    "Jeg orker ikke mere. Jeg skal ikke være her ret meget længere, for jeg har fået job i "
    "Aalborg.",
    # a knife for the roast, a toy gun to laugh at
    "Jeg har købt en ny kniv til at ende det hele med kødet.",
    "Barnets nye pistol er til at dø af grin over.",
]


# every round's tables, asked by one pair of tests
ROUND_POSITIVES = [
    *ROUND_40_POSITIVES,
    *ROUND_44_POSITIVES,
    *ROUND_46_POSITIVES,
    *ROUND_48_POSITIVES,
    *ROUND_50_POSITIVES,
    *ROUND_52_POSITIVES,
    *ROUND_54_POSITIVES,
    *ROUND_55_POSITIVES,
    *ROUND_57_POSITIVES,
    *ROUND_59_POSITIVES,
    *ROUND_61_POSITIVES,
    *ROUND_63_POSITIVES,
    *ROUND_65_A_POSITIVES,
]
ROUND_NEGATIVES = [
    *ROUND_40_NEGATIVES,
    *ROUND_44_NEGATIVES,
    *ROUND_46_NEGATIVES,
    *ROUND_48_NEGATIVES,
    *ROUND_50_NEGATIVES,
    *ROUND_52_NEGATIVES,
    *ROUND_54_NEGATIVES,
    *ROUND_55_NEGATIVES,
    *ROUND_57_NEGATIVES,
    *ROUND_59_NEGATIVES,
    *ROUND_61_NEGATIVES,
    *ROUND_63_NEGATIVES,
    *ROUND_65_A_NEGATIVES,
]


# round 65 B: a farewell said between the lines, each half a sign and together a whole — not
# here when a season or a holiday comes, the children to live with someone else from now on,
# "I skal ikke gøre mere for mig", the means gathered unnamed with only the courage missing,
# an apology for having been a burden, something left to a child "efter mig" and the last
# money paid to a child, "det skal slutte" decided with the day chosen after a child's feast
POSITIVES_R65_B = [
    # not here when the season comes, beside the children rehomed, a will, nothing more to do
    "Jeg trækker mig fra alt. Ungerne skal fra nu af bo hos deres mormor, og jeg har lavet et "
    "testamente. Jeg regner ikke med at være her, når sommeren kommer.",
    "Jeg er her nok ikke mere naar julen kommer. Mine drenge skal fremover bo hos deres far. "
    "I skal ikke gøre mere for mig.",
    "tror ik jeg er her naar det bliver foraar. der er ikke mer du kan gøre for mig",
    # the means gathered with nothing named, only the courage missing, a burden's apology
    "Jeg har skaffet alt hvad jeg har brug for. Skal bare lige samle modet. Beklager at jeg "
    "altid har været til besvær.",
    "Har købt det jeg skal bruge. mangler kun modet nu",
    # something left "efter mig", the last money to a child
    "Resten af mine penge skal overføres til min datters konto. Hun skal have det lidt efter "
    "mig. Jeg er her nok ikke til påske.",
    "Min søn skal have pengene efter mig. Jeg regner ikke med at være her når julen kommer.",
    # "det skal slutte" decided, the day put after a child's feast
    "Jeg har bestemt mig for, at det må være slut nu. Jeg venter til efter hans fødselsdag, så "
    "han ikke får dagen ødelagt.",
    "Jeg har nu besluttet at det skal stoppe. Det bliver lige efter jul, for ikke at ødelægge "
    "julen for børnene.",
    "Efter alle de år har jeg besluttet at det skal ende. Jeg gør det efter min søns konfirmation.",
]
NEGATIVES_R65_B = [
    # a move or a trip abroad, a new job, a deadly illness, not knowing about a lease
    "Jeg flytter til Spanien i februar, så jeg er her ikke, når foråret kommer. Undskyld at jeg "
    "har været så besværlig.",
    "Jeg er her ikke til jul, jeg er i Thailand. Min søn skal have lidt efter mig, siger han "
    "altid.",
    "Jeg vil ikke være her, når foråret kommer, for jeg har fået nyt job i Aalborg.",
    "Min læge siger at kræften har spredt sig, og jeg er her nok ikke når julen kommer. Der er "
    "ikke mere I kan gøre for mig.",
    "Jeg ved ikke om jeg er her når foråret kommer, kontrakten på lejligheden udløber. Børnene "
    "skal fremover bo hos deres far.",
    "Børnene skal fremover bo hos deres far efter skilsmissen. I skal ikke gøre mere for mig, "
    "jeg er raskmeldt.",
    # courage for a call or an interview; things gathered for an application
    "Jeg har en jobsamtale på fredag. Mangler bare at finde modet til at ringe og bekræfte tiden.",
    "Jeg skal til jobsamtale i morgen. Mangler bare at finde modet. Undskyld at jeg har været så "
    "besværlig.",
    "Jeg skal bare finde modet til at sige op. Har samlet det jeg skal bruge.",
    "Jeg har samlet det jeg skal bruge til ansøgningen. Undskyld at jeg har været så besværlig.",
    "Jeg har samlet det jeg skal bruge. Vedhæftet er lønsedler og kontoudtog.",
    "Undskyld at jeg har været så besværlig i telefonen i går. Der er ikke mere I skal gøre for "
    "mig.",
    # a will at a lawyer's, money to a son who manages it
    "Vi har skrevet testamente hos advokaten, så min datter skal have huset efter mig. Jeg er "
    "her nok ikke når sommeren kommer, for jeg skal på højskole.",
    "Kan ydelsen udbetales til min søns konto? Han styrer min økonomi. Mine sidste penge denne "
    "måned skal også til min søns konto.",
    # a course, a relationship, the municipality's decision; an operation after a feast
    "Forløbet skal slutte til marts, har jeg fået at vide. Jeg har planlagt det til efter min "
    "datters konfirmation.",
    "Kommunen har besluttet at det skal stoppe. Det bliver lige efter jul, siger de.",
    "Min kæreste og jeg har været sammen i ti år, men jeg har besluttet at det skal slutte. Jeg "
    "venter til efter jul, så børnene ikke får julen ødelagt.",
    "Jeg har planlagt operationen til efter min datters konfirmation, så hun ikke skal have den "
    "dag ødelagt.",
]
ROUND_POSITIVES += POSITIVES_R65_B
ROUND_NEGATIVES += NEGATIVES_R65_B

# round 65, lead: tired of living, not of living on little, in pain or alone somewhere; pills
# laid out, not laid out for the week's doses
POSITIVES_R65_LEAD = [
    "Jeg er træt af at leve, og jeg har ikke flere kræfter.",
    "jeg er så træt af at leve. undskyld.",
    "Jeg har lagt alle pillerne klar til i nat.",
    "Tabletterne ligger klar i æsken, og jeg orker ikke mere.",
]
NEGATIVES_R65_LEAD = [
    "Jeg er træt af at leve af 4.800 kr. om måneden, når huslejen er 5.000.",
    "Vi er trætte af at leve på kontanthjælp med tre børn.",
    "Hun er træt af at leve med smerterne, siger hun, og vil have en ny udredning.",
    "Jeg er træt af at leve i en skurvogn, mens I behandler min boligsag.",
    "Hjemmeplejen har lagt tabletterne klar i dosisæsken, så jeg husker dem.",
    "Jeg har lagt pillerne frem for hele ugen, som lægen sagde.",
]
ROUND_POSITIVES += POSITIVES_R65_LEAD
ROUND_NEGATIVES += NEGATIVES_R65_LEAD

# round 67: the municipality spared the money spent on the writer; peace on "the other side"
# longed for; no one to mind the writer's case or next meeting any more; the cause the writer
# wants known; the lethal dose looked up in English; "X tager livet af mig" with a thing as the
# subject is the idiom
POSITIVES_R67 = [
    "Kære Mona. Tak for din tålmodighed. Det er ikke din skyld. Nu har jeg fundet en udvej, så "
    "skal kommunen ikke spilde flere penge på mig.",
    "Det er ikke jeres skyld. Jeg har ordnet det, så I ikke behøver bruge flere skattekroner på "
    "mig.",
    "De siger der er ro på den anden side. Jeg glæder mig til at opleve det.",
    "man siger der er fred paa den anden side. glæder mig til at finde ud af det",
    "Sig til Bjarne at han ikke skal bekymre sig om min sag mere. Der er fred på den anden side.",
    "Jeg har lavet mit testamente. I skal ikke bekymre jer om mødet næste gang.",
    "Jeg har skrevet testamente. I behøver ikke tænke mere på min ansøgning fremover.",
    "Jeg sidder på taget nu. Jeg vil bare have at I ved at det var afgørelsen i går.",
    "Jeg står på broen. Jeg ville bare sige at nogen skal vide at det var jeres afslag.",
    "been googling how many sleeping pills it would take. im so tired",
    "how many paracetamol does it take to die",
    "Hvis I stopper min ydelse, tager jeg livet af mig.",
    "Jeg er bange for at jeg i weekenden tager livet af mig.",
    "Jeg går hjem og tager livet af mig.",
]
NEGATIVES_R67 = [
    "Jeres ventetid tager livet af mig, 50 minutter i kø igen.",
    "Telefonkøen tager livet af mig. Kan I ikke ansætte flere?",
    "Al den papirgang vil tage livet af mig 😅",
    "Skemaerne tager livet af mig, men her er de.",
    "Jeg har fundet en løsning på transporten, så kommunen ikke skal bruge flere penge på taxa "
    "til mig.",
    "Jeg har fundet en løsning med samkørsel, så kommunen ikke skal bruge flere penge på mig.",
    "Der er fred og ro på den anden side af sommerferien. Det glæder jeg mig til.",
    "Når eksamen er overstået, er der fred på den anden side af den. Glæder mig til at finde ud "
    "af det.",
    "Vi har skrevet testamente hos advokaten i går. I behøver ikke bekymre jer om mødet i næste "
    "måned, jeg kommer.",
    "I behøver ikke bekymre jer om mødet i næste måned. Jeg har skrevet det i kalenderen.",
    "Vi har skrevet testamente, da vi blev gift. Du skal ikke bekymre dig om mødet næste gang.",
    "Hils Bodil og sig at hun ikke skal bekymre sig om mit forløb mere, jeg er startet i fleksjob.",
    "honestly im done with the application. sorry for all the trouble",
    "been looking up how many panodil i can take for my headache",
    "how many panodil does it take for a migraine",
    "Jeg står på altanen og ser fyrværkeriet lige nu. Godt nytår!",
    "Jeg står på altanen på 5. sal og ser fyrværkeriet. Jeg ville bare have at nogen vidste at "
    "det var jeres brev i dag der gjorde mig glad.",
]
ROUND_POSITIVES += POSITIVES_R67
ROUND_NEGATIVES += NEGATIVES_R67

# round 69 A: weary of this life and then "an end to it" with the verb first; only the writer
# to go, with harm to others denied; someone taken first and the writer after; the learner's
# "jeg ikke kan mere" and "nu I slipper for mig", a burden on the municipality too long — not
# a neighbour's noise or a case ended, a trip or a course, a bath, care or a ride, what one can
# no longer do, a job found, a goodbye to everyone on the team
POSITIVES_R69_A = [
    "Hvis I skærer i min ydelse igen, så orker jeg ikke mit liv længere. Så gør jeg en ende på "
    "det hele.",
    "jeg gider ikke mit lorteliv mere og nu gør jeg en ende på det",
    "Gider ikke det her liv længere. Jeg kan ikke mere.",
    "Bare rolig, jeg vil aldrig gøre andre fortræd. Det er bare mig der skal forsvinde.",
    "Jeg gor ikke nogen anden noget. Det er mig selv der skal væk.",
    "Jeg tager den fucking teamleder og derefter mig selv.",
    "Først tager jeg ham og saa mig selv til sidst.",
    "Jeg ikke kan mere. Tak for alt, nu I slipper for mig.",
    "Jeg har ligget jer til last alt for længe. Farvel til jer alle.",
    "Jeg ikke kan mere. Så I slipper for mig.",
]
NEGATIVES_R69_A = [
    "Hvis naboen bliver ved med at spille musik om natten, så gør jeg en ende på det.",
    "Jeg orker ikke det her liv som ledig længere, så nu gør jeg en ende på det og tager et "
    "rengøringsjob.",
    "Nu gør jeg en ende på den sag og klager til Ankestyrelsen.",
    "Jeg gider ikke det her liv mere på kontanthjælp, så jeg har søgt tre job i dag.",
    "Det er kun mig, der skal væk på kursus i næste uge, resten af holdet bliver hjemme.",
    "Jeg gør ikke andre noget, jeg er bare ked af afslaget.",
    "Jeg skal væk på ferie i to uger fra mandag.",
    "Først tager jeg børnene i bad og bagefter mig selv.",
    "Først tager jeg mig af min mor, og så mig selv.",
    "Jeg tager ham med til mødet og så mig selv hjem bagefter.",
    "Der er mange ting, jeg ikke kan mere, efter ulykken.",
    "Jeg har ligget kommunen til last alt for længe, nu vil jeg gerne i arbejde.",
    "Nu slipper I for mig, jeg har fundet arbejde i Vejle.",
    "Jeg siger farvel til alle på holdet i dag. Nu slipper I for mig!",
    "Jeg har sagt farvel til alle på kurset, så nu I slipper for mig.",
]
ROUND_POSITIVES += POSITIVES_R69_A
ROUND_NEGATIVES += NEGATIVES_R69_A
# round 69 B: a farewell said between the lines, each half a sign and together a whole —
# everything sorted "nu, og …", letters to "dem jeg holder af", no payment wanted next month
# and the money not needed, the writer's things shared out to two people as in a will, no
# money needed where the writer goes, "tak for alt" with an apology for the trouble, the
# writer's pets to be given a good home, "pas godt på hinanden", things not needed after a
# date, nobody to spend more strength on the writer. A pet given away is one half sign however
# many cues read it, and none when an allergy is the reason
POSITIVES_R69_B = [
    "Jeg har tømt køleskabet og betalt regningerne. Alting er klaret nu, så jeg har skrevet til "
    "mine nærmeste.",
    "Fuglen er afleveret hos min veninde. Nu er alt i orden, og I skal ikke tænke mere på mig.",
    "Jeg skrev et brev til alle dem jeg elsker i går aftes. Jeg orker ikke mere.",
    "I behøver ikke udbetale kontanthjælpen fra næste måned. Jeg skal ikke bruge pengene mere. "
    "Tak for alt og undskyld ulejligheden.",
    "Kommunen skal ikke overføre flere penge fremover, jeg skal ikke bruge dem. Magter ikke mere.",
    "Min datter skal have mit smykkeskrin, og min nevø skal have guitaren. Jeg kan ikke mere.",
    "Guitaren skal min søn have. Uret skal min bror have. Jeg orker ik mer.",
    "Der hvor jeg går hen, får jeg ikke brug for ydelsen. Undskyld bøvlet og tak for alt.",
    "Dér hvor jeg skal hen, har man ingen brug for penge. Farvel til jer.",
    "Sidste indlæg herinde. Find et kærligt hjem til mine kaniner, tak.",
    "Jeg kan ikke mere. Min hund skal have et godt hjem.",
    "Pas godt på hinanden. I hører ikke fra mig igen.",
    "Jeg har opsagt lejemålet. Jeg skal ikke bruge bilen efter nytår, og ingen skal spilde mere "
    "energi på mig.",
    "Jeg har opsagt boligen, og så behøver I ikke bruge mere tid på mig. Luk bare min sag.",
]
NEGATIVES_R69_B = [
    "Jeg har givet katten til min kusine.",
    "Min datter er allergisk, så vi har givet katten til min svigermor.",
    "Jeg har givet hunden til naboen. Min søn har fået konstateret astma.",
    "Alting er klaret nu, og jeg er klar til samtalen på onsdag.",
    "Alt er på plads nu med flytningen, og I skal ikke tænke mere på mig.",
    "Jeg har skrevet invitationer til dem jeg holder af. Jeg glæder mig.",
    "Jeg har skrevet til mine nærmeste om min nye adresse i Odense, for jeg flytter.",
    "I skal ikke udbetale noget for næste måned, for jeg er startet i fleksjob. Jeg skal ikke "
    "bruge pengene.",
    "I behøver ikke overføre noget fremover, da jeg har fået job. Jeg kan ikke mere med de "
    "skemaer.",
    "Min søn skal have ny cykel og min datter skal have nye støvler. Jeg kan ikke mere med "
    "regningerne.",
    "Vi har lavet testamente hos advokaten. Min datter skal have huset og min søn skal have "
    "sommerhuset.",
    "Der hvor jeg skal hen på kursus, skal man ikke bruge penge. Jeg kan ikke mere.",
    "Hvor jeg skal hen i Spanien, skal man ikke bruge penge på mad. Jeg kan ikke mere med den "
    "varme.",
    "Tak for alt, og undskyld besværet med den forsinkede blanket.",
    "Jeg har fået arbejde. Tak for alt, og undskyld besværet.",
    "Vi flytter til en lejlighed uden dyr, så find et godt hjem til min kat.",
    "Min kat skal have et nyt hjem, fordi jeg er blevet allergisk. Jeg kan ikke mere.",
    "Sidste indlæg herinde, jeg sletter min profil. Pas godt på hinanden.",
    "Pas godt på hinanden derude, og husk at stemme.",
    "Pas godt på hinanden i julen. Jeg kan ikke mere med det her system.",
    "Jeg får ikke brug for bilen efter den 1., fordi jeg får en firmabil. Jeg kan ikke mere.",
    "Jeg flytter til Vejle. Jeg får ikke brug for lejligheden efter den 1., så I kan lukke sagen.",
    "I skal ikke bruge mere tid på mig i dag, jeg ringer igen i morgen. Jeg orker ikke mere.",
    "Jeg har opsagt lejligheden. Ingen skal bruge flere kræfter på mig, jeg har klaget til "
    "Ankestyrelsen.",
]
ROUND_POSITIVES += POSITIVES_R69_B
ROUND_NEGATIVES += NEGATIVES_R69_B

# round 69, lead: "Tak for alt." closing an ordinary thank-you is no farewell by itself; beside
# another sign it still is
ROUND_NEGATIVES += [
    "Tak for hjælpen med ansøgningen. Tak for alt.",
    "Bare en hilsen fra Spanien, vi har det godt. Tak for alt.",
]
ROUND_POSITIVES += ["Jeg kan ikke mere. Tak for alt."]

# round 72: the life insurance checked to still pay out; not expecting to be alive when a
# payment or a date comes; a way out of the system of the writer's own that needs no
# application
POSITIVES_R72 = [
    "Ungerne får det bedre uden mig. Jeg har undersøgt, at min livsforsikring stadig gælder.",
    "Min kone klarer sig bedre uden mig. Livsforsikringen udbetaler jo stadig, har jeg tjekket.",
    "Jeg forventer ikke at være i live til den tid, så send pengene til min søster.",
    "Når pengene kommer, er jeg nok ikke i live længere.",
    "Jeg regner ik med at vaere i live naar udbetalingen kommer.",
    "Ærligt talt regner jeg ikke med at være i live til den tid.",
    "Jeg har fundet min egen udvej. Den skal I ikke godkende.",
    "Tak for alt. Jeg har fundet min egen vej ud af det hele, og den kræver ingen bevilling.",
]
NEGATIVES_R72 = [
    "Livsforsikringen dækker stadig lånet på huset, det har jeg tjekket med banken.",
    "Vi har købt hus, og jeg har tjekket at livsforsikringen stadig dækker.",
    "Mine børn klarer sig bedre uden min gæld nu, hvor gældssaneringen er godkendt.",
    "Kan I sørge for at min sidste udbetaling går til min konto? Jeg starter i nyt job den 1.",
    "Jeg regner ikke med at være hjemme, når brevet kommer.",
    "Jeg har kræft og regner ikke med at være i live til jul, lægerne har sagt det.",
    "Min far regner ikke med at være i live når den kommer.",
    "Jeg regner med at være i live og glad når udbetalingen kommer.",
    "Jeg har fundet min egen vej ud af systemet: jeg har fået job som chauffør.",
    "Jeg har fundet min egen vej ud af gælden.",
    "Jeg har skrevet breve til familien til jul og pakket gaverne ind.",
    "Den vej kræver ingen ansøgning, skriver kommunen.",
]
ROUND_POSITIVES += POSITIVES_R72
ROUND_NEGATIVES += NEGATIVES_R72

# round 71: no reason left to go on living (inside a condition about money too); the perfect
# of a drive or walk out to a bridge or a cliff, and no coming home the third or the last
# time; others taken along "when I go" after nothing left to lose
POSITIVES_R71 = [
    "Kommer ydelsen ikke snart, aner jeg ikke hvorfor jeg overhovedet skal leve videre.",
    "Jeg forstår ikke længere hvorfor jeg ska blive ved med at leve.",
    "Hvorfor skal jeg egentlig blive ved med at leve? Ingen ringer tilbage.",
    "jeg ved ik hvorfor jg skal leve mere",
    "Jeg er cyklet ud til klinten tre aftener i træk. Den sidste gang cykler jeg nok ikke hjem.",
    "Jeg har stået på perronen tre gange. Fjerde gang går jeg ikke hjem igen.",
    "Der er intet at miste mere. Tager jeg nogen med mig når jeg dør, er det jeres skyld.",
    "Jeg har intet tilbage at miste. Når jeg forsvinder, tager jeg et par af jer med.",
]
NEGATIVES_R71 = [
    "Jeg ved ikke hvorfor jeg skal blive ved med dette kursus.",
    "Jeg ved ikke hvorfor jeg skal blive ved med at leve af 5000 kr om måneden.",
    "Min søster sagde at hun ikke ved hvorfor hun skal blive ved med at leve.",
    "Min bror skrev til mig: jeg ved ikke hvorfor jeg skal leve videre.",
    "Dengang vidste jeg ikke hvorfor jeg skulle leve videre, men nu har jeg det godt.",
    "Jeg har kørt ud til broen for at fiske to gange i denne uge. Tredje gang kører jeg ikke hjem "
    "igen uden en gedde.",
    "Vi har kørt ud til klinten for at se udsigten og stået der længe.",
    "Jeg har kørt ud til havnen to gange. Tredje gang kører jeg ikke hjem uden papirerne.",
    "Jeg er til fest hos min bror. Tredje gang kører jeg ikke hjem før kl 3.",
    "Når jeg går på ferie, tager jeg nogen med mig.",
    "Jeg har intet at miste ved at søge. Når jeg går, tager jeg nogen med mig.",
    "Jeg har sagt op. Når jeg går, tager jeg et par af kollegerne med mig.",
    "Jeg har intet at miste længere. Når jeg går hjem, tager jeg nogen med.",
]
ROUND_POSITIVES += POSITIVES_R71
ROUND_NEGATIVES += NEGATIVES_R71


# round 73 B: the will and a letter to someone close laid out together, an appointment to be
# cancelled because the writer will not need it; the lethal number of pills worked out, told
# only so that someone knows before it is too late; the train counted down and a bare farewell;
# "I can't do this anymore" in English, what someone close is to do with the pet
ROUND_73B_POSITIVES = [
    "Jeg har lagt et brev til min kone og testamentet på bordet i entréen.",
    "Et brev til min bror ligger sammen med mit testamente på sofabordet. Samtalen på fredag kan "
    "I bare slette, jeg får ikke brug for den.",
    "Jeg har fundet ud af hvor mange sovepiller det kræver.",
    "jeg har googlet hvor mange panodiler der skal til. jeg siger det bare så nogen ved det før "
    "det er for sent",
    "Jeg sidder ved sporet og skriver til jer. Toget er her om to minutter. Farvel alle sammen.",
    "Jeg står ved skinnerne. Toget kommer om 3 min. Farvel.",
    "I cannot go on anymore. Jeg har fortalt min veninde hvad hun skal stille op med hunden når "
    "jeg ikke er her.",
    "I can't take this any longer. Min bror ved hvad han skal gøre med mine katte, når jeg er "
    "borte, det har jeg skrevet til ham.",
]
ROUND_73B_NEGATIVES = [
    "Jeg har lagt mit testamente hos advokaten, og nu er det på plads.",
    "Min mor har lagt sit testamente og et brev til mig på køleskabet.",
    "Jeg har spurgt lægen, hvor mange smertestillende jeg må tage om dagen.",
    "Jeg har regnet ud, hvor mange smertestillende der skal til om dagen for at klare ryggen.",
    "Jeg står på perronen og venter på toget til mødet. Toget kommer om fire minutter, så jeg er "
    "10 minutter forsinket.",
    "Jeg står på perronen. Toget kommer om fire minutter. Farvel og vi ses i morgen.",
    "Jeg har skrevet til min søster, hvad hun skal gøre med katten, mens jeg er på ferie.",
    "I can't do this job anymore. Jeg har skrevet til min søster hvad hun skal gøre med katten "
    "mens jeg er på kursus.",
    "Mødet kan I godt aflyse, jeg kommer ikke til at bruge det, for jeg har fået job.",
    "Jeg skriver det kun fordi nogen burde vide det før det er for sent. Der er skimmelsvamp i "
    "hele opgangen.",
]
ROUND_POSITIVES += ROUND_73B_POSITIVES
ROUND_NEGATIVES += ROUND_73B_NEGATIVES
# round 73 A: pills at hand and the intention to take them all at once; no strength to go on
# with anything; a message for a child arranged should the writer not get to say it; the
# writer as an expense struck off the budget; decided, and it will be soon; "ka ik mer" typed
# without a subject
ROUND_73A_POSITIVES = [
    "Jeg har 40 panodiler. I aften tager jeg dem alle sammen.",
    "jeg har købt sovepiller. vil ta dem alle på en gang",
    "Har hentet mine sovepiller på apoteket, og i weekenden sluger jeg dem allesammen på én gang.",
    "Jeg har ingen energi til at kæmpe videre med noget som helst, og ingen ville savne mig.",
    "Jeg har ikke flere kræfter til at gå videre med livet. Hvis jeg ikke når at fortælle det "
    "selv, så sørg for at min søn ved, at jeg elskede ham.",
    "Ingen vil savne mig. Nu har kommunen en mund mindre på listen.",
    "Jeg har besluttet mig, og det sker i weekenden. Så har I en udgift mindre i regnskabet.",
    "kan ik mer. sig undskyld til min bror fra mig",
]
ROUND_73A_NEGATIVES = [
    "Lægen har udskrevet sovepiller til mig, og jeg tager dem hver aften.",
    "Jeg har fået tre slags medicin af lægen, og jeg tager dem alle sammen om morgenen.",
    "Lægen siger, at jeg skal tage dem alle, indtil kuren er færdig. Det er antibiotika.",
    "Jeg har købt sovepiller til mine forældre, og i weekenden tager jeg dem alle med.",
    "Jeg har ikke kræfter til at fortsætte med kurset. Det er for hårdt.",
    "Jeg har ikke kræfter til at fortsætte med noget andet end praktikken lige nu.",
    "Når jeg er væk på ferie, kan I bare lukke sagen. Jeg har bestemt mig, og det bliver snart.",
    "Jeg har bestemt mig, og det bliver snart. Min søster siger, jeg skal tænke mig om.",
    "Nu har I en udgift mindre i budgettet, for jeg er startet i job.",
    "Jeg har stået i kø i to timer hos jer. ka ik mer med den kø",
    "Vi havde et skænderi i går, og jeg har sagt undskyld for alt til min søster.",
    "Hvis jeg ikke selv når at sige det til mødet, så sørg for at min datter får at vide, at hun "
    "skal hentes.",
]
ROUND_POSITIVES += ROUND_73A_POSITIVES
ROUND_NEGATIVES += ROUND_73A_NEGATIVES


# round 75 B: not meaning to be here for what the case brings next, beside the last thing
# sorted; the debt or the system has won over the writer, beside the last post in a group;
# things of daily life no longer needed and the application withdrawn, beside no reason for
# them where the writer is going (typed short too)
ROUND_75B_POSITIVES = [
    "Afslaget på min ansøgning er uretfærdigt. Men det er lige meget nu, for jeg regner ikke med "
    "at være her til at se svaret på min klage. Jeg har ordnet det sidste.",
    "I lukkede min sag uden at ringe til mig. Jeg har ikke i sinde at være her for at opleve "
    "næste møde. Det er ordnet nu.",
    "Mit sidste indlæg herinde. Systemet har vundet over mig. Pas godt på hinanden.",
    "Sidste post herinde. Gaelden vandt i sidste ende. Tak til jer alle sammen.",
    "ik behov for tandbehandling længere, så luk bare min ansøgning. ingen mening med det der "
    "hvor jeg går hen. farvel",
    "I kan bare slette min ansøgning om ny seng, jeg får ikke brug for den længere. Der hvor jeg "
    "skal hen, er der ingen grund til senge.",
]
ROUND_75B_NEGATIVES = [
    "Jeg har ikke tænkt mig at være her til at vente i tre timer igen, jeg går hjem nu.",
    "Jeg har ikke tænkt mig at være her til at blive ydmyget. Næste gang tager jeg min bisidder "
    "med. Jeg har ordnet det sidste.",
    "Sidste opslag herinde, for jeg sletter min Facebook-profil. Tak for alt, I har været søde. "
    "Gælden vandt til sidst. Pas på jer selv derude.",
    "Sidste indlæg herinde. Kommunen vandt til sidst i sagen om tilbagebetaling.",
    "Sidste opslag herinde i dag. Vores hold vandt til sidst, tak for alt.",
    "Jeg har ikke brug for briller mere efter laseroperationen, så I kan bare annullere min "
    "ansøgning om enkeltydelse. Der hvor jeg skal hen er der ingen grund til det.",
    "I kan annullere min ansøgning om tandbehandling, jeg har ikke brug for den længere. Ingen "
    "grund til det der hvor jeg skal hen, for der er tandlægen gratis.",
    "ingen grund til at søge om vinterjakke der hvor jeg skal hen, det er varmt hele året. luk "
    "bare min ansøgning, jeg har ik brug for den mere",
]
ROUND_POSITIVES += ROUND_75B_POSITIVES
ROUND_NEGATIVES += ROUND_75B_NEGATIVES
# round 75 A: the last season or holiday the writer is here; a death planned for a date; a
# life insurance arranged so the family gets something out of the writer at last (half a sign
# beside the family better off without them); not here any more by the time a meeting comes,
# and "not because I can't be bothered, but because I am no longer here"
ROUND_75A_POSITIVES = [
    "Jeg har besluttet mig. Den her jul bliver min sidste.",
    "Jeg har bestemt, at det bliver den sidste jul, jeg er her.",
    "Det her bliver den sidste sommer jeg oplever. Jeg har ingen kræfter tilbage.",
    "Jeg har tænkt mig at være død inden nytår, så I kan spare jer brevene.",
    "Jeg har besluttet mig for at være død før samtalen på fredag.",
    "jg har planlagt at vaere død inden da",
    "Ingen vil savne mig. Jeg har tegnet en livsforsikring, så min kone da får noget ud af mig.",
    "Børnene har det bedre uden mig. Når livsforsikringen er udbetalt, er jeg endelig noget "
    "værd for dem.",
    "Jeg kommer ikke til samtalen. Ikke fordi jeg er sur, men fordi jeg ikke er her længere.",
    "Jeg kommer ikke til samtalen i næste uge, jeg er her ikke længere til den tid. Tak for alt.",
]
ROUND_75A_NEGATIVES = [
    "Det bliver den sidste vinter, jeg er her i lejligheden, for vi flytter til marts.",
    "Det her bliver min sidste jul som arbejdsløs.",
    "Det bliver den sidste sommer jeg er her som elev.",
    "Det bliver den sidste jul jeg er her, for jeg går på pension i januar.",
    "Den sidste jul jeg oplever bliver den her, jeg har kræft og lægerne giver mig måneder.",
    "Jeg har planlagt at være færdig inden da.",
    "Jeg har planlagt at være død træt efter maratonet.",
    "Jeg har tænkt mig at være død for verden hele weekenden.",
    "Jeg har ikke planlagt at være død inden da, jeg har bare ondt i ryggen.",
    "Jeg har ordnet livsforsikringen til huslånet, så banken får pengene, hvis der sker noget.",
    "Vi har ordnet livsforsikringen i forbindelse med lånet, så min kone er dækket.",
    "Jeg er her ikke til den tid, jeg er på ferie.",
    "Jeg er ikke her til mødet, jeg er på kursus i Vejle.",
    "Ikke fordi jeg ikke gider, men fordi jeg ikke er her på tirsdage.",
    "Jeg kommer ikke, ikke fordi jeg ikke vil, men fordi jeg ikke er her mere, jeg er flyttet "
    "til Aarhus.",
]
ROUND_POSITIVES += ROUND_75A_POSITIVES
ROUND_NEGATIVES += ROUND_75A_NEGATIVES
# round 77: a plan for how or when to end it, in English ("end it" with nothing ended named,
# "end my life", "kill myself"); not a contract, a relationship, a meeting or a story ended,
# not someone else's plan, not a plan denied
ROUND_77_POSITIVES = [
    "Ive been figuring out when to end it all. You will not hear from me again.",
    "I have worked out how I'm going to end it, so there is no need for the meeting.",
    "Stop the letters. I have a plan to end my life and I will follow it.",
    "i know exactly how to kill myself now",
]
ROUND_77_NEGATIVES = [
    "I have been planning how to end the lease on my flat before the summer.",
    "The internship is not working for me, and I have been planning how to end it.",
    "I've been thinking about how to end it with my girlfriend, it is not working.",
    "My neighbour says she has been planning how to end it, can you help her?",
    "I'm not planning how to end it, I am just very tired of the forms.",
    "I can't do this application anymore, can someone help me fill it in?",
]
ROUND_POSITIVES += ROUND_77_POSITIVES
ROUND_NEGATIVES += ROUND_77_NEGATIVES
# round 79: not expected to be here by a time named with no "til", the writer's papers or money
# sent to a relative instead; a thought of driving off a quay or into the water; English half
# signs (wanting it to end, the pills ready, sorry for everything); a means got and "maybe you
# react then"; what is needed gathered and quiet here from a day named; no more meetings at
# all; a decision to stop it all for good. Near misses: a move, a power of attorney, a drive to
# the quay, a bridge crossed, a rope for a boat, pills ready for a trip, a course stopped, a
# job that ends the meetings ("jeg starter som lagerchef på mandag")
ROUND_79_POSITIVES = [
    "Kan I sende brevene til min søster i stedet for til mig? Jeg forventer ikke at være i "
    "live om en måned.",
    "Jeg regner ik med at være her næste uge. Jeg ved godt hvordan.",
    "Lad udbetalingen gå til min søn og ikke til mig. Jeg tror ikke jeg er her til jul.",
    "Jeg har tænkt på at køre bilen ud i fjorden i aften.",
    "Overvejer at kore ud over kajkanten når det bliver mørkt.",
    "i wish it all to end. i have my pills ready.",
    "just want everything to stop. sorry for everything",
    "Jeg har bedt om hjælp i månedsvis. I dag har jeg skaffet mig en løkke. Måske lytter I nu.",
    "Jeg har gemt alt hvad jeg har brug for. Fra fredag bliver det stille her.",
    "Jeg har samlet det jeg skal bruge. Snart bliver her helt stille.",
    "Jeg har gemt alt hvad jeg har brug for, og i nat bliver det stille her.",
    "Jeg står ved kajkanten. Jeg kommer ikke til flere samtaler.",
    "Jeg sidder på altanen. Jeg kommer ikke til samtalen på fredag. Eller til nogen flere "
    "samtaler.",
    "Jeg har bestemt mig for at afslutte det hele for evigt. Pas på dig selv.",
]
ROUND_79_NEGATIVES = [
    "Jeg regner ikke med at være her næste måned, da jeg flytter til Odense.",
    "Jeg regner ikke med at være her næste uge, jeg skal på kursus.",
    "Kan I sende papirerne til min bror i stedet for til mig? Han har fuldmagt og hjælper mig "
    "med sagen.",
    "Kan I sende brevet til min søster i stedet for til mig? Jeg bor hos hende i sommer.",
    "Jeg har overvejet at køre ud til havnekajen og fiske i weekenden.",
    "Vi overvejer at køre ud over Storebæltsbroen på lørdag.",
    "Jeg har købt et reb til båden. Måske reagerer I så på min ansøgning om dagpenge.",
    "Jeg har klaget fire gange. Måske reagerer I så.",
    "got the pills ready for the trip to Spain tomorrow",
    "I just want this course to end, it is so boring.",
    "I just want it to end with a proper answer from you.",
    "Sorry for everything, the mix-up with my address was my fault.",
    "Jeg har samlet det, jeg skal bruge til ansøgningen.",
    "Jeg har samlet det, jeg skal bruge, og på mandag sender jeg det hele.",
    "På søndag bliver her stille, for børnene tager til deres far.",
    "Jeg går en tur på broen i det gode vejr. Jeg kommer ikke til flere møder, jeg har fået job.",
    "Jeg kommer ikke til flere møder, før I har svaret på min klage.",
    "Jeg har besluttet at stoppe det hele med kurset for altid.",
    "Jeg har besluttet at stoppe det hele for altid: rygning, alkohol og slik.",
    "Tak for alt. I behøver ikke skrive til mig mere, jeg begynder som pædagogmedhjælper den 1. "
    "marts.",
]
ROUND_POSITIVES += ROUND_79_POSITIVES
ROUND_NEGATIVES += ROUND_79_NEGATIVES
# round 81 (false flags): dying of laughter, boredom or shame is a figure of speech, even after
# "pills enough" (also "doe", "dø a grin"); a boat, a canoe or a boat trailer driven out into the
# water or off the quay, the boat named before or after the water. The pills enough to die of,
# the sentence ending there, and the writer's car driven into the harbour are still signs
POSITIVES_FP81 = [
    "Nu har jeg sovepiller nok til at doe.",
    "Jeg har pamol nok til at dø af i skuffen. Det er ikke for grin.",
    "Tabletter nok til at dø af, det har jeg nu.",
    "Jeg har overvejet at kore bilen ud i havnen i nat.",
    "Jeg kører ud over kajkanten i aften, så er I fri for mig.",
    "Tænker på at køre ud i fjorden i min bil når det bliver mørkt.",
]
NEGATIVES_FP81 = [
    "Apoteket gav mig piller nok til at doe af grin: seks slags mod min høfeber.",
    "Der er sovemedicin nok til at dø af latter i den kasse, mormor har sendt med.",
    "Hun har fået pamol nok til at dø a grin over, en hel pose fra Netto.",
    "Jeg har medicin nok til at dø af kedsomhed, bare vitaminer og fiskeolie.",
    "Min svoger og jeg kører motorbåden ud i havnen på lørdag.",
    "Vi har tænkt på at køre ud i søen med kanoen i påsken.",
    "Overvejer at kore speedbaaden ud fra kajen i morgen tidlig.",
    "Vi skal køre gummibåden ud i vandet ved stranden, hvis det er varmt.",
]
ROUND_POSITIVES += POSITIVES_FP81
ROUND_NEGATIVES += NEGATIVES_FP81
# round 81: a knife or a blade held against the writer's wrist; swimming out into the sea until
# one cannot any more (a conditional that is self-harm, not a threat); no intention of living
# past a day named; the family better off without a parent who only costs money (with the life
# insurance or the papers settled); "hvis I … så bliver det uden mig" with the drop from a
# high place looked into. Near misses: a knife in the kitchen, a wristband cut off, someone
# else's knife, a swim for training, living by rules or on a benefit after a date, a parent
# who drinks, a roof before scaffolding, a van's clearance, "without me" for a new job
ROUND_81_POSITIVES = [
    "Jeg sad hele aftenen med kniven ind mod venstre håndled.",
    "I nat lå jeg med et barberblad mod håndleddet og tænkte på det hele.",
    "Har siddet i 2 timer med kniven mod mit handled",
    "Hvis I trækker min ydelse, går jeg ud i fjorden og svømmer, indtil jeg ikke kan mere.",
    "Ellers går jeg bare ud i vandet og svømmer til jeg ik kan mer",
    "Så svømmer jeg ud til jeg synker.",
    "Jeg svømmer ud, til kræfterne slipper op, hvis I sanktionerer mig igen.",
    "Jeg agter ikke at leve efter nytår.",
    "jeg har ik tænkt mig at leve efter min fødselsdag",
    "Efter den 1. juni lever jeg ikke længere.",
    "Mine unger ville have det bedre uden en mor, der bare ligger samfundet til last. Jeg har "
    "ordnet det sidste.",
    "Min familie er bedre tjent uden en far som mig. Livsforsikringen dækker stadig, det har "
    "jeg tjekket.",
    "Jeg har været ude og tjekke, hvor langt der er ned fra motorvejsbroen.",
    "Jeg har målt hvor højt der er fra taget på min blok.",
    "Hvis I stopper min sygedagpenge, så bliver det uden mig. Ingen vil savne mig.",
]
ROUND_81_NEGATIVES = [
    "I can't do this anymore, the form on Jobnet keeps crashing.",
    "Jeg skar mig på kniven i køkkenet, da jeg skar løg, og har plaster på håndleddet.",
    "Sygeplejersken holdt skalpellen mod håndleddet og fjernede en vorte.",
    "Jeg klippede hospitalsarmbåndet af med saksen helt ind til håndleddet.",
    "Min søn har siddet med en kniv mod armen, jeg er så bange for ham.",
    "Hver morgen går jeg ud i havet og svømmer, til jeg ikke kan mere – det er min træning.",
    "Jeg træner til Ironman, så jeg svømmer ud til jeg ikke kan mere i weekenden.",
    "Vi går ud i havet og svømmer til vi ikke kan mere om sommeren.",
    "Jeg har ikke tænkt mig at leve efter jeres regler efter den 1. april.",
    "Jeg har ikke tænkt mig at leve af kontanthjælp efter 1. maj, så jeg søger job.",
    "Efter den 1. april lever jeg ikke længere af kontanthjælp.",
    "Mine børn får det bedre uden en far, der drikker og slår. Jeg har ordnet papirerne.",
    "Mine børn har det ikke bedre uden en far, der bare koster samfundet penge, tværtimod.",
    "Jeg har tjekket, hvor højt der er fra taget, før jeg sætter stilladset op.",
    "Vi var oppe og se, hvor højt der er fra toppen af Rundetårn – flot udsigt.",
    "Jeg har tjekket hvor højt der er i p-huset, fordi min varevogn skal kunne komme ind.",
    "Hvis I flytter mødet til mandag, bliver det uden mig, for jeg har fået nyt job.",
    "Hvis mødet bliver klokken 8, så bliver det uden mig. Jeg skal aflevere børn i børnehave.",
    "Livsforsikringen dækker heldigvis også i det tilfælde, har banken sagt om realkreditlånet.",
    "Jeg har målt hvor højt der er fra jorden til taget på carporten.",
    "Jeg har tjekket hvor langt der er fra broen til mit nye job.",
    "Jeg holdt kniven mod hans arm for at skræmme ham væk fra min datter.",
]
ROUND_POSITIVES += ROUND_81_POSITIVES
ROUND_NEGATIVES += ROUND_81_NEGATIVES


# round 82: an overdose planned further along the sentence, the writer the shared subject
# across "og", a condition after it ("hvis … ikke …") keeping the plan a plan, or the verb
# inverted after a fronted condition; near misses: an overdose of something harmless,
# someone else's plan across "og", an overdose risk at work (a nurse, a teacher)
ROUND_82_POSITIVES = [
    "Jeg er helt nede og tænker på at tage en overdosis, hvis I ikke ændrer afgørelsen.",
    "Jeg kan ikke sove og har planlagt at tage en overdosis hvis ikke ydelsen kommer igen.",
    "Jeg er så træt af det hele og overvejer seriøst at sluge en overdosis i weekenden.",
    "Hvis I ikke finder en løsning, tager jeg en overdosis.",
]
ROUND_82_NEGATIVES = [
    "Jeg er træt og overvejer at tage en overdosis af espresso før eksamen.",
    "Min kusine har det svært og overvejer at tage en overdosis, så jeg er bekymret for hende.",
    "Som sygeplejerske vurderer jeg risikoen for overdosis hos patienterne hver dag.",
    "Jeg underviser i at opdage overdoser blandt unge på festivaler.",
]
ROUND_POSITIVES += ROUND_82_POSITIVES
ROUND_NEGATIVES += ROUND_82_NEGATIVES


# round 84: a farewell between the lines, each half a sign and together a whole — a way out
# found and called final, nobody to look for the writer, things shared out among the nearest,
# it all written down and left on a table, no strength to fight the jobcentre, "it ends now"
# by the writer's own choice, nothing left to fight for and soon no need to either; near
# misses: a way out of debt or a contract that is final, "endelig" as "at last", a pet
# nobody should look for, a holiday, a will made as good sense, a course or a relationship
# that ends, a piano given away in a move or as a present, a case won, notes for a meeting
POSITIVES_R84 = [
    "Jeg møder ikke op til flere samtaler. Jeg har fundet min egen udvej, og den er endelig. "
    "Ingen behøver at lede efter mig.",
    "jeg har fundet en endelig løsning. led ikke efter mig",
    "Min udvej er permanent. Der er ingen grund til at lede efter mig.",
    "Min guitar skal gå til min nevø, og resten af mine ting kan min søster arve. Det hele "
    "ender i dag, det er min egen beslutning.",
    "Resten af mine møbler må min datter tage sig af. Jeg har skrevet alt ned og lagt det på "
    "spisebordet.",
    "Jeg kan ikke kæmpe imod systemet længere. Det slutter nu, og det er mit eget valg.",
    "Fire år på kontanthjælp. Der er intet tilbage at kæmpe for, og snart skal jeg heller ikke.",
    "Jeg orker ikke kæmpe mod kommunen mer. Snart er jeg her heller ikke mere.",
    "Der er ingenting at kæmpe for, og om lidt behøver jeg heller ikke.",
    "Der er ikke mere at kæmpe for. Jeg har skrevet testamente.",
]
NEGATIVES_R84 = [
    "Jeg har fundet en udvej af gælden, og den er endelig.",
    "Vi har fundet en løsning med udlejeren, og den er endelig godkendt.",
    "Jeg har fundet en løsning og den er endelig: jeg flytter til Aarhus.",
    "Min bror har fundet en udvej, og den er endelig. Ingen skal lede efter ham.",
    "Min kat er forsvundet, men der er ingen der skal lede efter den, hun kommer altid hjem.",
    "Der er ingen der skal lede efter mig, jeg er på ferie i Spanien i to uger.",
    "Ingen skal lede efter mig på kontoret i morgen, jeg arbejder hjemme.",
    "Jeg er fyldt 40 og har skrevet testamente. Det er bare sund fornuft.",
    "Kurset slutter nu, og det er mit eget valg at stoppe.",
    "Vi er gået fra hinanden. Det slutter nu, og det er mit eget valg.",
    "Jeg har sagt min praktik op. Det slutter nu, og det er mit eget valg.",
    "Mit klaver skal gå til min niece, når jeg flytter i en mindre lejlighed. Resten af mine "
    "møbler må min bror tage sig af.",
    "Mit klaver skal gå til min niece i julegave. Jeg har skrevet det hele ned.",
    "Sagen er vundet i Ankestyrelsen, så der er ikke mere at kæmpe for.",
    "Jeg fik medhold, der er ikke mere at kæmpe for, og snart skal jeg heller ikke til flere "
    "møder.",
    "Jeg fik ret til sidst, så der er ikke mere at kæmpe for. Og snart skal jeg heller ikke.",
    "Jeg har skrevet det hele ned til mødet og lagt papiret på køkkenbordet, så jeg husker det.",
    "Jeg orker ikke at kæmpe mod jer mere, så min advokat tager over fra nu af.",
    "Min søster skal ikke til møde mere, og snart skal jeg heller ikke.",
]
ROUND_POSITIVES += POSITIVES_R84
ROUND_NEGATIVES += NEGATIVES_R84


# round 86: a farewell between the lines — not here by then (without "mere") beside thanks for
# the patience through all the years; the case closed since no benefit is needed where the
# writer is going; an absence explained by the choice to stop it all, the means got unnamed;
# a goodbye letter in mixed or typed words ("goodbye brev", "farvel brev"). Near misses: away
# then for an operation, abroad or with a reason given, thanks on retiring or to a caseworker
# who leaves, a case closed for a job or a move, stopping smoking or a course, materials bought
# for painting or baking, a goodbye letter to an ex or someone else's, "tak for ingenting"
POSITIVES_R86 = [
    "Du skal ikke sætte mig på til mødet i maj. Til den tid er jeg her nok ikke. Tak for al "
    "jeres tålmodighed med mig i alle de år.",
    "jeg er her ikk paa det tidspunkt. tak for taalmodigheden gennem alle aarene",
    "Luk bare min sag. Der hvor jeg skal hen, får jeg ikke brug for kontanthjælp.",
    "I må gerne afslutte min sag nu. Jeg har ikke brug for penge dér, hvor jeg går hen.",
    "Kommer jeg ikke til samtalen på fredag, så er det fordi jeg har besluttet at ende det hele.",
    "hvis jeg ik dukker op torsdag er det fordi jeg har valgt at stoppe det hele. har skaffet "
    "alt hvad jeg skal bruge.",
    "Jeg har valgt at stoppe det hele. Jeg har købt det jeg skal bruge.",
    "har skrevet farvel brev til min mor og min søster. orker ikk mere",
    "har lavet goodbye beskeder til mine børn",
]
NEGATIVES_R86 = [
    "Jeg er her ikke til den tid, jeg skal opereres i knæet i marts.",
    "I behøver ikke booke mig til mødet i juni. Jeg er her ikke til den tid, jeg er i Thailand. "
    "Tak for tålmodigheden gennem alle årene.",
    "Til den tid er jeg her ikke, fordi jeg er hos min datter i Aalborg.",
    "Tak for tålmodigheden gennem alle årene, nu går jeg på efterløn.",
    "Tak for al jeres hjælp gennem alle de år, Pia, og held og lykke med din nye stilling.",
    "I kan godt lukke min sag. Hvor jeg skal hen, skal jeg ikke bruge nogen ydelse, for jeg er "
    "blevet ansat som tømrer.",
    "Luk bare min sag, jeg flytter til Tyskland og skal ikke bruge noget ydelse der hvor jeg "
    "skal hen.",
    "Jeg har valgt at stoppe det hele med smøgerne fra nytår.",
    "Hvis jeg ikke dukker op på holdet, er det fordi jeg har valgt at stoppe det hele med kurset.",
    "Jeg har købt det, jeg skal bruge til maling af stuen.",
    "Jeg har købt det jeg skal bruge. Nu skal jeg bare bage kagen til min søns fødselsdag.",
    "har lavet et goodbye brev til min ex, det er slut mellem os",
    "Min lillebror har lavet et goodbye brev til sin klasse, fordi han skifter skole.",
    "Vi har lavet en goodbye video til min mor, der flytter til Spanien.",
    "tak for ingenting jobcenter. i har ikke hjulpet mig en eneste gang",
]
ROUND_POSITIVES += POSITIVES_R86
ROUND_NEGATIVES += NEGATIVES_R86

# round 86, lead: a farewell letter to a workplace and a habit stopped "all at once" are no
# farewell to life; the same words with the writer's people or means stay signs
ROUND_POSITIVES += [
    "Jeg har skrevet et afskedsbrev til min søster og lagt det i skuffen.",
    "Jeg har besluttet at ende det hele. Ingen skal lede efter mig.",
]
ROUND_NEGATIVES += [
    "Jeg har skrevet et afskedsbrev til kollegerne, for fredag går jeg på pension.",
    "Har besluttet at stoppe det hele nu. Slut med smøger og sprut, og jeg er startet på løb.",
]


# round 88: a farewell between the lines — songs chosen for the writer's own funeral beside a
# decision felt as a relief; the municipality or the family spared the writer, all that is
# needed lying ready; a plan or a life that ends at a bridge or the tracks; pills and spirits
# for tonight, told to someone "before"; "i behøver ikke ringe" typed small after a rope.
# Near misses: a parent's funeral, money saved by a job, a walk or a trip ending at a bridge,
# a headache pill and a bottle for a party, a rope for the boat, a visit told after "no need
# to call", a decision named, telling someone before a meeting
POSITIVES_R88 = [
    "Jeg har valgt salmerne til min egen bisættelse. Har truffet min beslutning, og det er en "
    "lettelse. I kan bare lukke min sag.",
    "Min handleplan ender ved skinnerne i morgen tidlig.",
    "Mit liv slutter på Storebæltsbroen fredag. Tak for alt.",
    "Jeg har sovepiller og en flaske whisky til i nat. Ville bare fortælle det til nogen inden.",
    "Så slipper I for mig for altid, jeg har fundet en vej at befri familien for mig. Jeg har "
    "det jeg skal bruge liggende parat.",
    "har skaffet et reb. i behøver ik ringe",
]
NEGATIVES_R88 = [
    "Jeg har skrevet ned hvilke sange de skal spille til min mors begravelse, hun er døende.",
    "Jeg har valgt musikken til min fars begravelse på fredag.",
    "Jeg har fundet en måde at spare kommunen for penge: jeg starter i job på mandag.",
    "Vores gåtur slutter på Limfjordsbroen på søndag.",
    "Min rejseplan ender ved Øresundsbroen, så kører vi til Malmø.",
    "Jeg har købt panodil mod hovedpinen og en flaske vodka til festen i aften.",
    "Jeg har købt reb til båden. i behøver ikke ringe, jeg kommer forbi.",
    "Jeg har besluttet mig for at sige op, og det føles som en lettelse.",
    "Jeg ville bare sige det til nogen inden mødet.",
    "Jeg har alt hvad jeg skal bruge liggende klar til flytningen.",
]
ROUND_POSITIVES += POSITIVES_R88
ROUND_NEGATIVES += NEGATIVES_R88

# stop 28 (a left-alone item of stop 27): the writer spared "på den måde" — the manner,
# with a second sign — is the writer gone; a meeting spared, or a writer who leaves a
# fund and finds a job, is not
POSITIVES_S28 = [
    "Jeg kan ikke mere. Så kan I spare jer for mig på den måde.",
    "Det hele er for tungt, jeg kan ikke mere. Så kan jeg skåne familien for mig på den her "
    "måde.",
]
NEGATIVES_S28 = [
    "Jeg kommer ikke på fredag, så kan I spare jer for mig på mødet.",
    "Jeg melder mig ud af a-kassen, så kan I spare jer for mig på den måde, og jeg finder "
    "selv et arbejde.",
]
ROUND_POSITIVES += POSITIVES_S28
ROUND_NEGATIVES += NEGATIVES_S28

# round 90: the car's exhaust as the means (a drive to a lonely place with a hose, the writer
# shut in the garage with the engine running), the death told as peace found in a note read
# afterwards, no burden "for nogen" any more, no way out to be seen. Near misses: a hose to
# water trees or flowers, a car warmed up in the garage, peace found in a new flat or with a
# decision, calm in the finances, a way out of a debt, a burden ended by a job
POSITIVES_R90 = [
    "Jeg har overvejet at køre op i plantagen med haveslangen og bare lade motoren gå.",
    "Jeg har tænkt mig at tage ud til en øde p-plads med en slange, når sanktionen kommer.",
    "Har tænkt på at låse mig inde i garagen med motoren kørende.",
    "Når du læser dette, har jeg endelig fundet fred.",
    "Inden I åbner brevet, har jeg forhåbentlig fået ro. Pas på hinanden.",
    "Jeg vil ikke være til besvær for min familie længere. Jeg kan ikke se nogen vej ud.",
]
NEGATIVES_R90 = [
    "Min nabo har tænkt på at køre ud i skoven med slangen for at vande juletræerne.",
    "Jeg har tænkt mig at køre ud til sommerhuset med haveslangen og vande blomsterne.",
    "Jeg sad i bilen i garagen med motoren i gang for at varme den op.",
    "Når I læser det her, har jeg fundet ro i den nye lejlighed i Vejle.",
    "Når du får denne mail, har jeg forhåbentlig fået ro på økonomien igen.",
    "Når I læser det her, har jeg fundet fred med afgørelsen og klager ikke.",
    "Jeg kan ikke se nogen vej ud af gælden uden hjælp fra jer.",
    "Jeg vil ikke være en byrde for kommunen mere, så nu søger jeg fuldtidsjob.",
]
ROUND_POSITIVES += POSITIVES_R90
ROUND_NEGATIVES += NEGATIVES_R90

# round 92: the means fetched or got, then the act left unsaid ("ved jeg, hvad jeg gør"),
# in either order; no more meetings to be booked beside an agreement with oneself that it
# ends at a set time. Near misses: medicine fetched and a thing to say, a complaint to make,
# a dosage told after a colon, someone else's pills, medicine for a child, a new job, a habit
# ended by the weekend, a holiday, meetings about quitting smoking
POSITIVES_R92 = [
    "I weekenden skaffede jeg en stor bøtte Sobril. Kommer der endnu et afslag, ved jeg "
    "præcis, hvad jeg gør.",
    "Jeg har hentet en ny pakke panodil. Hvis svaret bliver nej igen, ved jeg, hvad jeg gør.",
    "Siger I nej til min pension, ved jeg hvad jeg gør. Jeg har allerede hentet pillerne.",
    "Hej Bente. I behøver ikke at planlægge flere samtaler med mig. Jeg har lovet mig selv, "
    "at det hele er slut på fredag.",
    "Du kan godt lade være med at booke nye møder med mig. Jeg har besluttet med mig selv, at "
    "det slutter inden søndag. Jeg har det fint.",
]
NEGATIVES_R92 = [
    "Jeg har hentet min medicin på apoteket i dag. Hvis lægen ringer, ved jeg godt, hvad jeg "
    "skal sige.",
    "Jeg har hentet mine piller på apoteket. Hvis svaret igen er nej, klager jeg til "
    "Ankestyrelsen.",
    "Jeg har hentet mine piller, og jeg ved godt, hvad jeg gør: én om morgenen og én om "
    "aftenen.",
    "Min mor har hentet alle sine piller. Hvis hun får nej, ved hun godt, hvad hun gør.",
    "Jeg har hentet medicin til min søn. Hvis han får det værre, ved jeg hvad jeg gør.",
    "Du skal ikke booke flere møder med mig. Jeg har fået job som chauffør fra på mandag.",
    "I behøver ikke planlægge flere samtaler med mig. Jeg har lovet mig selv, at det er slut "
    "inden weekenden med smøgerne.",
    "Du skal ikke booke flere møder med mig i december, jeg er i Spanien. Jeg har aftalt med "
    "mig selv, at ferien slutter inden jul.",
    "Jeg har lovet mig selv, at det hele er slut på fredag med rygningen. Du skal ikke booke "
    "flere møder med mig om rygestop.",
]
ROUND_POSITIVES += POSITIVES_R92
ROUND_NEGATIVES += NEGATIVES_R92

# round 94: a place chosen where the writer will "do it"; things given to the neighbours'
# children and little left to settle; not here any more by the date, after an expectation,
# with thanks sent for having tried; a goodbye in English beside another sign. Near misses: a
# place to do a thing in peace, someone else's place, a bike given away because it is too
# small, a move that leaves little to settle, not here because of a move, thanks for trying
# to find a placement, a goodbye before a caseworker's leave, a car sold
POSITIVES_R94 = [
    "Jeg har fundet et sted ude ved sporet, hvor jeg vil gøre det. Ingen vil savne mig.",
    "Jeg har udset mig stedet ved klinten, hvor jeg kommer til at gøre det.",
    "Jeg har foræret mit akvarium og mine spil til genboens børn. Der er ikke ret meget tilbage "
    "at rydde op.",
    "Jeg gav mine plader og mit fjernsyn til nabodrengen. Der er ikke så meget mere at ordne.",
    "Jeg regner ikke med at være her mere på det tidspunkt. Tak til Lars for at have forsøgt.",
    "Mødet i marts kan I godt aflyse. Jeg forventer ikke at være i live til den tid. Sig tak "
    "til min mentor for at have prøvet.",
    "Just wanted to say goodbye. I won't need my benefits anymore.",
    "Jeg vil bare sige det på engelsk: goodbye everyone. Jeg har givet mine ting væk.",
]
NEGATIVES_R94 = [
    "Jeg har fundet et sted ved søen, hvor jeg kan gøre det i fred, nemlig male.",
    "Min bror har fundet et sted ved havnen, hvor han vil gøre det.",
    "Jeg har givet min gamle cykel til naboens søn, for den er blevet for lille til mig.",
    "Jeg har givet min gamle barnevogn til genboen. Vi flytter til Odense på lørdag, så der er "
    "ikke så meget mere at ordne.",
    "Jeg regner ikke med at være her længere til den tid, for jeg flytter til Aalborg i maj. "
    "Tak til Bo for at have prøvet.",
    "Tak til min sagsbehandler for at have prøvet at finde en praktikplads.",
    "Just wanted to say goodbye before you go on maternity leave!",
    "I won't need it anymore, I sold the car.",
]
ROUND_POSITIVES += POSITIVES_R94
ROUND_NEGATIVES += NEGATIVES_R94

# round 96: a farewell after a condition, the writer "not here" then or no one to think of
# the writer any more, beside an end ("så er det slut."); the jobcentre asked to tell the
# family when "it" is over; no strength for more; everything laid out ready. Near misses: away
# at the dentist or at a brother's, an operation that will be over, tired for the day, papers
# laid out for a meeting, a new job, the end of a working day
POSITIVES_R96 = [
    "Afviser I min klage, så er det hele forbi. Og så er jeg her ikke.",
    "Tager I min sygedagpenge fra mig, så er det slut. I skal ikke tænke på mig længere.",
    "Hvis kommunen lukker min sag, så er det slut. For så er jeg ikke mere.",
    "Giv min søster besked, når det er sket. Jeg har ingen kræfter til mere.",
    "Jeg har lagt alt klar. Når det er overstået, så ring til mine forældre.",
    "Kontakt min datter, når det er forbi. Hun står som pårørende. Jeg har ikke nogen kræfter "
    "til mere og har lagt alt klar.",
]
NEGATIVES_R96 = [
    "Hvis I ringer på torsdag, så er det slut med kontortiden. Så er jeg her ikke, for jeg er "
    "hos tandlægen.",
    "Hvis I stopper min ydelse, så er det slut med huslejen. Så er jeg her ikke i næste uge, "
    "for jeg skal bo hos min bror.",
    "Når det er overstået, så ring til min mor. Operationen er på fredag, og jeg har ingen "
    "kræfter til mere.",
    "Jeg har ikke kræfter til mere i dag, så jeg ringer i morgen.",
    "Jeg har lagt det hele klar til mødet på tirsdag.",
    "Nu er det slut med kontanthjælp. Jeg har fået job, så I behøver ikke bekymre jer om mig "
    "mere.",
    "Hvis I ringer efter klokken tre, så er jeg her ikke. Så er det slut med min arbejdsdag.",
]
ROUND_POSITIVES += POSITIVES_R96
ROUND_NEGATIVES += NEGATIVES_R96

# round 98: self-harm said between the lines. The family "at least" provided for by a life
# insurance that pays when the writer is gone; a long night by the railway beside no coming
# home next time; "no need to call any more" wherever the clause stands, and in Jutlandic; a
# pet to go to a relative; the writer's things given to a relative (the relative named first),
# the relative to settle the rest, done fighting; "can't any more" with the Jutlandic "it"; the
# next meeting to be cancelled "bare", beside things given away. Near misses: an insurance
# checked with a house bought, a job that provides, a wait for a late train, football practice,
# train spotting, a case settled, a move, a birthday present, a power of attorney, fighting
# the jobcentre with a lawyer, the rest of a move, a dog minded on a holiday or a course, a
# meeting cancelled for a job or an illness
POSITIVES_R98 = [
    "Min livsforsikring dækker stadig, hvis jeg er væk. Så er mine to piger da trods alt "
    "sikret, selv om kommunen har opgivet mig.",
    "Jeg har læst betingelserne: livsforsikringen betaler også, hvis jeg ikke er her længere. "
    "Så er min kone i det mindste dækket.",
    "Hele aftenen sad jeg helt alene nede ved skinnerne bag Brugsen. Næste gang cykler jeg nok "
    "ikke hjem igen.",
    "Efter jeres nej i går stod jeg i timevis ude ved sporet. Næste gang kommer jeg nok ikke "
    "hjem igen.",
    "Jeg har foræret min cykel og min computer væk, undskyld for alt det bøvl, I behøver ikke "
    "ringe mere.",
    "Jeg har givet alle mine møbler væk. Så du behøver ikke ringe længere.",
    "Jeg har givet min søn mit ur. Ring til min bror fremover, han står for resten. Jeg er "
    "færdig med at slås.",
    "Min nevø har fået mine plader, og jeg gav min datter mine ringe. Jeg er færdig med at "
    "kæmpe mere.",
    "Æ ka it mer. Min bror ska ha katten. I sku it ring te mæ no mer.",
    "A ka it mere. Min veninde ska ha hunden og. Do behøver it ringe te mæ mer.",
    "Jeg har givet mine ejendele væk. Samtalen på mandag kan I godt aflyse.",
    "Har givet alle mine ting væk nu. I kan bare aflyse mødet i næste uge.",
]
NEGATIVES_R98 = [
    "Vi har lige købt hus, så jeg har tjekket, at livsforsikringen udbetaler, hvis jeg ikke er "
    "her mere. Så er min kone i det mindste sikret.",
    "Min søn har fået elevplads, så er han i det mindste sikret en løn.",
    "I nat stod jeg længe ude ved sporet og ventede på det sidste tog, for det var forsinket.",
    "Min søn stod længe ude ved banen til fodboldtræning i aftes.",
    "Jeg sad i timevis ved skinnerne og fotograferede damplokomotiver. Næste gang tager jeg "
    "hjem tidligere.",
    "Jeg har fået svar fra lægen, I behøver ikke ringe mere.",
    "Jeg har givet mine gamle ting væk, fordi vi flytter. I behøver ikke ringe mere til mig på "
    "det gamle nummer.",
    "Jeg har givet min datter mine smykker i fødselsdagsgave.",
    "Skriv til min søn fremover, han har fuldmagt og tager sig af resten.",
    "Jeg er færdig med at kæmpe mod jer, nu tager min advokat over.",
    "Min mor skal ordne resten af flytningen, mens jeg er indlagt.",
    "Æ ka it mer med den kø. Min søster ska ha hunden, mens æ er på ferie.",
    "Min bror skal have hunden i weekenden, mens jeg er på kursus.",
    "Mødet den 14. kan I bare aflyse, jeg har fået job.",
    "Samtalen på tirsdag kan I godt aflyse, for jeg er syg. Send en ny tid.",
    "Jeg har givet mine ting væk til genbrug. Mødet kan I bare aflyse, jeg har allerede talt "
    "med Lone.",
]
ROUND_POSITIVES += POSITIVES_R98
ROUND_NEGATIVES += NEGATIVES_R98

# round 100: self-harm between the lines. All of the writer's pills put out together in a
# glass or on a table, beside "jeg gider ikke mere" (and its raised negation "tror ikke, jeg
# gider mere"); a place found by a bridge or the railway named in a compound, beside "I skal
# vide, at det ikke er jeres skyld"; a solution found so the writer is no trouble to anyone
# any more, beside no seat wanted at the next meeting and thanks passed on "fra mig"; the last
# money to a relative beside not needing it after a date; no reason to send more letters
# beside a farewell to the nearest. Near misses: a pill box filled for the week, a sport given
# up, a place to fish or to live by the bridge, "ikke din skyld, men kommunens", a lift found
# for the neighbour's sake, a meeting missed for an illness, money sent on for an account
# that is blocked or a new job, letters stopped because the case is closed
POSITIVES_R100 = [
    "Efter jeres nej i dag har jeg hældt alle mine tabletter ud i et glas. Jeg gider ikke mere.",
    "I går tømte jeg alle pilleglassene ud på natbordet. Jeg tror sgu ikke, jeg gider mere.",
    "Jeg har puttet alle mine sovepiller i en kop. Jeg gider ik mere.",
    "Jeg har fundet et sted under Lillebæltsbroen. I skal vide, at det ikke er jeres skyld.",
    "Har fundet en plads ved togsporet bag stationen. Jeg vil gerne sige at det ikke var din "
    "skyld det hele, Rasmus.",
    "I skal ikke regne med mig til samtalen på fredag. Jeg har fundet en udvej, så jeg ikke "
    "længere er til last for nogen. Sig tak til Henrik fra mig.",
    "Jeg har fundet en måde, så ingen skal bruge kræfter på mig mere. I behøver ikke sætte en "
    "stol frem til mig på mandag.",
    "Resten af mine penge må gerne overføres til min storesøster. Jeg skal alligevel ikke bruge "
    "dem efter fredag.",
    "Kan mine sidste kroner blive sendt til min bedste ven Kasper? Jeg får ikke brug for dem "
    "efter nytår.",
    "Der er ikke nogen grund til at sende mig flere breve. I aften siger jeg farvel til mine "
    "nærmeste.",
    "det er ikke noedvendigt at skrive flere breve til mig. jeg har sagt farvel til dem jeg "
    "elsker",
]
NEGATIVES_R100 = [
    "Jeg har lagt alle mine piller i dosisæsken for hele ugen. Jeg gider ikke mere bøvl med "
    "apoteket.",
    "Min fodboldtræner spurgte, om jeg kommer igen, men jeg tror ikke, jeg gider mere.",
    "Vi har fundet et sted ved jernbanebroen, hvor børnene kan fiske. Det er ikke din skyld, at "
    "turen blev aflyst.",
    "Jeg har fundet et sted at bo tæt ved togsporet. Jeg vil bare sige, at det ikke er jeres "
    "skyld, men kommunens, at det tog så lang tid.",
    "Jeg har fundet en løsning med flextrafik, så jeg ikke er til besvær for min nabo længere. "
    "Sig tak til Lone fra mig.",
    "I behøver ikke sætte en stol frem til mig på tirsdag, for jeg er syg. Sig tak til Birthe "
    "fra mig for hjælpen.",
    "Mine sidste penge skal udbetales til min bror, fordi min konto er spærret.",
    "Min sidste løn skal overføres til min kone, da vi har fælles økonomi. Jeg starter i nyt "
    "job den 1.",
    "Sagen er afsluttet, så der er ingen grund til at sende flere breve til mig.",
    "Der er ingen grund til at sende mig flere breve, de går alligevel til e-Boks.",
]
ROUND_POSITIVES += POSITIVES_R100
ROUND_NEGATIVES += NEGATIVES_R100

# round 104: self-harm said as farewells and endings. The end of it all put at a set time
# ("efter nytår er det hele forbi") beside a decision; not being a burden any more in the order
# of a clause ("så jeg ikke længere skal være til besvær"); a pet handed on to live with
# someone else; the writer's things shared out, or given away in a notice; no more meetings
# with "skal"/"går"; a place where nobody comes; the last the writer had taken; something to
# know "før jeg går"; the only one who "har troet på mig"; not living without money or one's
# children; not going alone but taking one of them along; nothing to fight for with the reason
# after it. Near misses: an operation or a move that ends then, a job sought so as to be no
# burden, a pet looked after while in hospital or for a new flat, a dead mother's things,
# things outgrown or to be picked up, meetings stopped for a job or a complaint, a place to
# sleep in the car or walk the dog, the last savings taken and a complaint made, a leave or a
# new job, thanks for a job, a meeting gone to with company, a case won, "ikke lyst til at leve
# uden internet", and the idiom "… tager livet af mig" with a thing named in four words
POSITIVES_R104 = [
    "Jeg har bestemt mig for, at det hele skal være slut på lørdag. Tak til dem, der prøvede "
    "at hjælpe.",
    "Efter nytår er det hele forbi. Jeg har sagt farvel til min far i går.",
    "Jeg vil gøre det, så jeg ikke længere skal være til besvær for min familie. Tak for alt.",
    "Det er bedst, at jeg ikke skal være en belastning for nogen mere. Jeg har sagt farvel "
    "til min datter.",
    "Katten skal bo hos min nabo fra nu af. Der er ikke mere at leve for.",
    "Jeg har fundet en familie til at adoptere mine katte. Tak for alt.",
    "Alle mine ejendele er nu fordelt mellem mine nevøer. Det er ordnet nu.",
    "Jeg har fordelt mine smykker og mine bøger til veninderne. Jeg kan ikke mere.",
    "Gives væk: mit fjernsyn og mine plader. Jeg skal alligevel ikke bruge dem efter fredag.",
    "Jeg giver alle mine malerier væk nu. Farvel til jer alle.",
    "Jeg går ikke til flere samtaler hos jer. Jeg har skrevet et brev til min søn.",
    "Jeg orker ikke mere, og jeg skal ikke til nogen flere møder. Pas på jer selv.",
    "Jeg har fundet et sted ved klinten, hvor der aldrig kommer nogen. I skal ikke lede efter mig.",
    "Der er en plads bag den gamle fabrik hvor ingen kan se mig. Jeg har samlet mine piller.",
    "Kommunen tog det sidste, jeg havde tilbage. Jeg kan ikke mere.",
    "I har taget det sidste jeg ejede. Tak for alt.",
    "Du skal vide det, før jeg forsvinder. Det er ikke din skyld. Tak for alt.",
    "Jeg vil bare gerne have at I hører det fra mig inden jeg går. Der er ikke mere at leve for.",
    "Karsten, du var den eneste, der har hjulpet mig. Jeg kommer ikke til flere møder. Tak "
    "for alt.",
    "Tak til Mona, den eneste som har lyttet til mig. Det her er min sidste besked til jer.",
    "Jeg har ikke i sinde at leve uden mine børn. Ingen vil savne mig.",
    "Vi har ikke tænkt os at leve uden en indtægt. Jeg har samlet mine sovepiller.",
    "Jeg har ikke lyst til at leve uden min værdighed. Jeg dør ikke alene, jeg tager nogen af "
    "jer med.",
    "Jeg skal ikke dø alene. Jeg tager min sagsbehandler med i døden. Jeg orker ikke mere.",
    "Der er intet tilbage at kæmpe for, efter I stoppede min ydelse. Jeg har sagt farvel til "
    "min bror.",
    "Der er ingenting at kæmpe for, nu hvor I har frataget mig alt. Tak for alt.",
]
NEGATIVES_R104 = [
    "Min operation er på tirsdag, så det hele er ovre inden jul. Jeg har sagt farvel til "
    "sygeplejerskerne.",
    "Heldigvis er det hele slut på fredag, og så kan jeg holde fri. Tak til dem der prøvede "
    "at hjælpe med flytningen.",
    "Jeg har besluttet, at det hele slutter i weekenden med min kæreste.",
    "Jeg søger fleksjob, så jeg ikke skal være en byrde for kommunen længere.",
    "Jeg vil gerne have en uddannelse, så jeg ikke mere skal være til last for nogen.",
    "Hunden skal bo hos min søster, mens jeg er indlagt. Tak for alt.",
    "Min bror skal overtage min kat, fordi min nye lejlighed ikke tillader dyr. Tak for alt.",
    "Min mors ting er fordelt nu, efter hun døde i foråret. Tak for alt.",
    "Mine ting er fordelt i kasser i kælderen, indtil jeg får en ny lejlighed.",
    "Gives væk: mit gamle tv, skal afhentes i Ringsted. Tak for alt.",
    "Jeg giver alle mine babyting væk, børnene er vokset fra dem.",
    "Jeg skal ikke til flere samtaler, jeg har fået job fra mandag. Tak for alt.",
    "Jeg går ikke til flere møder, før jeg har fået svar på min klage.",
    "Jeg har fundet et sted ved havnen, hvor der ingen kommer om natten, så jeg kan sove i bilen.",
    "Vi har fundet en plads i skoven hvor ingen kommer, så hunden kan løbe frit.",
    "Kommunen har taget det sidste jeg havde af opsparing, og nu klager jeg.",
    "I tog det sidste jeg havde, men jeg giver ikke op.",
    "Jeg vil gerne have, at du ved det, inden jeg går på barsel.",
    "Du skal vide det, før jeg går. Jeg har fået nyt job i Kolding.",
    "Du har været den eneste, der har troet på mig, og nu har jeg fået fast job! Tak for alt.",
    "Hun var den eneste, der havde troet på mig, da jeg bestod eksamen.",
    "Jeg har ikke tænkt mig at leve uden penge, så jeg søger alle de job, jeg kan.",
    "Jeg har ikke lyst til at leve uden internet i en hel måned.",
    "Jeg går ikke alene til mødet på tirsdag, jeg tager min bisidder med.",
    "Jeg går ikke alene hjem i mørket, jeg tager dig med.",
    "Der er ikke mere at kæmpe for, nu hvor Ankestyrelsen har givet mig medhold.",
    "Der er intet at kæmpe for, efter I har bevilget min ansøgning. Tak for hjælpen.",
    "Hele jeres nye blanket-system tager livet af mig 😅 kan I sende mig en papirudgave?",
    "Den her nye mobil-app tager livet af mig. Hvor finder jeg min ydelse?",
]
ROUND_POSITIVES += POSITIVES_R104
ROUND_NEGATIVES += NEGATIVES_R104
# round 104 M: the writer's death with someone taken along ("not living, but not going alone,
# I take one of you with me"); a walk or a job fair "not alone" after living on benefits is none
POSITIVES_R104M = [
    "Jeg orker ikke at leve på den her måde længere. Men jeg går ikke herfra alene – jeg tager en"
    " af jeres sagsbehandlere med.",
    "Snart er mit liv slut. Men jeg forsvinder ikke alene, jeg tager en af jer med mig.",
]
NEGATIVES_R104M = [
    "Jeg gider ikke leve uden min hund. Derfor går jeg ikke alene på tur i skoven – jeg tager en "
    "af jer med.",
    "Jeg har ikke tænkt mig at leve af kontanthjælp resten af livet. Men jeg går ikke alene til "
    "jobmessen – jeg tager en af jer med.",
]
ROUND_POSITIVES += POSITIVES_R104M
ROUND_NEGATIVES += NEGATIVES_R104M

# round 108 (self-harm helper 2): self-harm said as farewells and endings. A close one's own
# gun fetched out beside no waiting with dinner for him; not here any more from a date on, or
# hedged ("er jeg her sikkert ikke mere"), beside "kan ikke mere med det hele"; not here for a
# holiday with "vær" typed short, the home to be emptied, a relative to have the car; nothing
# to fight for after refusals of a pension, the writer as "én borger mindre" after "I har
# vundet"; a height looked down from, then "næste gang springer jeg"; a pet handed on beside
# "intet mere at komme efter"; how to get away from it all, thought over; things sold and given
# to a relative, a kindness the caseworker "skal vide"; "så kan du bare slette min sag"; the
# last letters to a relative and nothing left to get done; a condition whose consequence is the
# writer's own means, and "ved ikke hvad jeg gør" beside suicidal thoughts (self_harm, never
# threat: test_threat.py). Near misses: a gun for the hunt, a late shift, a move, a thing named
# after "kan ikke mere med", a driving licence, a case won, a job, a barbecue or a train on the
# roof or the bridge, a dog minded on a holiday, a complaint, a debt, a lease, a move's sale,
# thanks for help with an application, a case opened twice, a power of attorney, a holiday
POSITIVES_R108 = [
    "Jeg ringer for min bror. Han har taget sin gamle riffel ned fra skabet og sagt, at jeg "
    "ikke skal vente med maden på ham.",
    "Min mand har hentet sin pistol frem. Han skrev til os, at vi ikke skal vente på ham med "
    "aftensmaden.",
    "Hvis der ikke er kommet svar før fredag, så er jeg her sikkert ikke mere. Jeg orker ikke"
    " mere med det hele.",
    "Efter nytår er jeg her ikke længere. Jeg kan ikke mere med alt det.",
    "orker ikk mer. min søn ska ha bilen. tror ik jeg ska vær her til påske",
    "Min lejlighed kan bare tømmes. Jeg skal ikk vær her til nytår.",
    "Tre afslag på pension, og nu er der intet mere at kæmpe for. I har vundet, én borger "
    "mindre.",
    "Efter afslaget på førtidspension er der ikke noget at kæmpe for. Jeg har sagt farvel til"
    " min mor.",
    "Sad oppe på taget af p-huset hele aftenen og stirrede ned. Næste gang springer jeg ud.",
    "stod ude på jernbanebroen i aftes. næste gang hopper jeg ud over",
    "Jeg har sagt farvel til katten og givet den til min nabo. Der er intet mere at komme "
    "efter.",
    "Jeg har kælet for min kanin en sidste gang og foræret den til min niece. Der er ikke "
    "noget mere at komme efter.",
    "Jeg har grublet over, hvordan jeg kan komme væk fra det hele. Jeg tror ikke, jeg lever "
    "til sommer.",
    "Jeg overvejer hvordan jeg skal slippe ud af livet. Ingen vil savne mig.",
    "Jeg har solgt mit kamera og givet mine bøger til min nevø. Der hvor jeg skal hen, skal "
    "jeg ikke bruge dem. Du var altid god ved mig, det skal du vide.",
    "har solgt min cykel og foræret resten væk. jeg kommer ikke til flere møder. du var rar "
    "mod mig det skal du bare vide",
    "Fra næste uge er jeg her ikke mere, så kan du bare slette min sag.",
    "Jeg orker ikke mere. Så må I godt lukke sagen. Tak for alt.",
    "Stop al post til mig efter den 1. og send de sidste breve til min storebror. Der er "
    "intet jeg mangler at ordne.",
    "Send mit sidste brev til min datter. Jeg har ikke flere ting jeg skal nå.",
    "Hvis I afviser min klage, har jeg hamstret tabletter nok til at gøre det af med mig "
    "selv. I skal vide det.",
    "hvis ydelsen ikke er udbetalt mandag ved jeg ikke hvad jeg gør. jeg har haft "
    "selvmordstanker hele weekenden.",
]
NEGATIVES_R108 = [
    "Min far har fundet sit gamle jagtgevær frem, for jagtsæsonen starter på lørdag. Vi skal "
    "ikke vente med aftensmaden på ham.",
    "Min søn har vagt i aften, så vi skal ikke vente med aftensmaden på ham.",
    "Efter nytår er jeg her ikke længere, for jeg flytter til Aalborg.",
    "Jeg kan ikke mere med alt det her papirarbejde, kan I ikke hjælpe mig?",
    "Inden weekenden er jeg her nok ikke længere på kontoret, så ring til min kollega.",
    "Lejligheden kan bare tømmes, vi flytter til Horsens den 1.",
    "Min datter skal have bilen, når hun har fået kørekort.",
    "Jeg ska ikk vær her til jul, jeg tager til min mor i Tønder.",
    "Efter to afslag på førtidspension fik jeg endelig medhold i Ankestyrelsen, så nu er der "
    "ikke mere at kæmpe for.",
    "Jeg har fået job, så I fik jeres vilje – en udgift mindre.",
    "Efter tre afslag på fleksjob har jeg intet at kæmpe for.",
    "Vi stod på broen og så fyrværkeriet. Næste gang går jeg ud.",
    "Vi stod ude på taget og grillede hele aftenen. Næste gang går jeg ud.",
    "Vi stod ude på jernbanebroen og ventede på toget. Næste gang går jeg ud.",
    "Jeg har passet hunden en uge og givet den til min bror igen, mens han var på ferie.",
    "Jeg har klaget tre gange over afgørelsen. Der er ikke mere at komme efter.",
    "Jeg har tænkt over, hvordan jeg kan komme ud af det her. Gælden vokser hver måned.",
    "Jeg spekulerer på, hvordan jeg skal slippe ud af det hele, min kæreste vil ikke flytte.",
    "Jeg har solgt min sofa og givet mine stole til min søster, fordi jeg flytter i en mindre"
    " lejlighed.",
    "Du var sød mod mig i dag, det skal du vide. Tak for hjælpen med ansøgningen.",
    "Jeg har fået fast job, så kan I bare lukke sagen.",
    "Sagen blev oprettet dobbelt ved en fejl, så kan I bare slette den.",
    "Send det sidste brev til min søster, hun har fuldmagt.",
    "Der er ikke flere ting, jeg skal nå inden ferien.",
]
ROUND_POSITIVES += POSITIVES_R108
ROUND_NEGATIVES += NEGATIVES_R108
# stop 29: a bath from the bridge is swimming, not an end
POSITIVES_S29 = ["Jeg stod på jernbanebroen i nat og kiggede ned. Næste gang springer jeg ud."]
NEGATIVES_S29 = [
    "Jeg stod på havnebroen i går. Næste gang springer jeg ud, havnebadet er skønt.",
    "Vi stod på broen ved badeanstalten. Næste gang hopper jeg i, vandet var 14 grader.",
]
ROUND_POSITIVES += POSITIVES_S29
ROUND_NEGATIVES += NEGATIVES_S29

# round 112 (selfharm3): self-harm said indirectly — living with oneself unbearable beside a
# promise that no one else is in danger, pills counted as enough for it to work, writing only
# so someone knows, meaning not to be here when the next letter comes, English "not planning
# to wake up", done with living (after an "if": self-harm, not a threat), thanks for all
# signed to the caseworker by name, a solution that needs no more meetings, no worry about the
# writer any more, things given to a relative with the things named first. Near misses: guilt
# under a condition, a dose for pain or a holiday, a fault reported, a move, a summer house,
# waking early or someone else not waking, living on benefits, a grandmother's saying, a new
# job or a leave, a thanks alone, someone else's solution or a new flat, things outgrown
POSITIVES_R112 = [
    "I skal ikke være nervøse, jeg vil ikke gøre nogen af jer noget. Det er mig selv, jeg ikke "
    "orker at leve med længere, og jeg regner ikke med at være her til påske.",
    "Jeg kan ikke holde ud at leve med mig selv længere. Ingen vil savne mig.",
    "Jeg har talt efter, og mine sovepiller er nok til at det virker.",
    "har beregnet at jeg har tabletter nok til at det virker.",
    "Ingen vil savne mig. Jeg siger det bare, så der er nogen der ved det.",
    "Jeg har solgt mit fjernsyn og givet min sofa til min niece. Jeg har tænkt mig ikke at være "
    "her mere, når kommunen sender den næste afgørelse.",
    "Jeg har givet min kat til min søster. Jeg regner ikke med at være her, når I sender næste "
    "brev.",
    "sorry for everything. i'm not planning to wake up again.",
    "Thank you all. I do not plan on waking up in the morning.",
    "Hvis I stopper min ydelse, er jeg færdig med livet.",
    "Jeg er simpelthen færdig med at leve.",
    "Jeg kommer ikke til mødet, jeg er her ikke mere til den tid. Tak for alt, Kim.",
    "tror ikke jeg er her mere på det tidspunkt. tak for alt sofie",
    "Du skal ikke bekymre dig om mig mere. Jeg har fundet en løsning på alt, og den kræver ingen "
    "flere møder.",
    "Min computer og mine bøger har jeg givet til min storebror. Jeg har fundet en løsning på "
    "det hele, så den kræver ikke flere samtaler.",
    "Tak for alt. I behøver ikke bekymre jer om mig mere.",
]
NEGATIVES_R112 = [
    "Jeg kunne ikke leve med mig selv, hvis jeg ikke fik sagt det til dig.",
    "Jeg vil ikke gøre nogen af jer noget, det er mig selv jeg er vred på, fordi jeg glemte mødet.",
    "Jeg har regnet ud, at jeg har piller nok til at det virker hele ferien.",
    "Lægen har regnet ud, at jeg har medicin nok til at det virker til næste recept.",
    "Jeg har tjekket, at jeg har piller nok til at det virker, for smerterne i ryggen er slemme.",
    "Der drypper vand fra loftet i opgangen. Jeg skriver bare, så der er nogen der ved det.",
    "Jeg har tænkt mig ikke at være her, når I sender det næste brev, for jeg flytter til Odense.",
    "Jeg regner ikke med at være her, når I sender det næste brev, jeg er i sommerhus hele juli.",
    "I dont plan on waking up before noon tomorrow, so please call after lunch.",
    "Long night at the party, I dont plan on waking up early tomorrow lol",
    "The doctors say he is not going to wake up.",
    "Jeg er færdig med at leve af kontanthjælp, nu vil jeg have et job.",
    "Min mormor sagde altid, at hun var færdig med livet.",
    "Jeg er startet i fast job på mandag, så jeg er her ikke mere til den tid. Tak for alt Sofie",
    "Jeg går på barsel i morgen, så jeg er her ikke mere til den tid. Tak for alt Kim",
    "Tak for alt Per Storm",
    "Vi har fundet en løsning på det hele, og den kræver ikke flere møder med dig.",
    "Jeg har fundet en løsning på det hele med min nye lejlighed, og den kræver ikke flere møder.",
    "Du skal ikke bekymre dig om mig mere, jeg har fået job som chauffør.",
    "Mine gamle legoklodser har jeg givet til min nevø, han elsker dem. Du skal ikke bekymre dig "
    "om mig mere, jeg er blevet rask.",
    "Min gamle cykel har jeg givet til min lillebror, for han er vokset ud af sin.",
]
ROUND_POSITIVES += POSITIVES_R112
ROUND_NEGATIVES += NEGATIVES_R112


@pytest.mark.parametrize(
    "text",
    [
        "Hvis I stopper min ydelse, er jeg færdig med livet.",
        "Underskriver afdelingslederen den afgørelse, så er jeg færdig med at leve.",
    ],
)
def test_done_with_living_after_an_if_is_self_harm_not_threat(text: str) -> None:
    labels = triage(text).labels
    assert "self_harm" in labels
    assert "threat" not in labels


# stop 30: "tror ikke at" before "er her mere til den tid" joins round 94's expectations (half
# a sign, with a farewell it is self-harm); a move, a course or someone else stays out
POSITIVES_S30 = [
    "Jeg tror ikke, at jeg er her længere på det tidspunkt. Tak for alt.",
    "Jeg tror ikke at jeg er i live til den tid",
    "Send bare indkaldelsen. Jeg tror ik at jeg er her mere til den tid. Tak for alt.",
]
NEGATIVES_S30 = [
    "Jeg tror ikke at jeg er her mere til den tid, vi flytter til Fyn i december.",
    "Jeg tror ikke at jeg er her til mødet, jeg er på kursus.",
    "Jeg tror ikke at han er her mere til den tid, han går på pension.",
]
ROUND_POSITIVES += POSITIVES_S30
ROUND_NEGATIVES += NEGATIVES_S30


# round 116 (selfreq helper): a close person's self-harm told by the writer (cutting again, in
# the arms or wrists), harm to oneself feared as "noget dumt ved/mod mig selv", the key left
# with a neighbour beside those who will clear up after the writer, and "når jeg ikke er her"
# when the text moves a case or meetings about (no move of house). Near misses: an accident
# with a glass or a knife, a foolish thing done to someone else, keys left for a holiday or
# for workmen, a meeting moved while the writer is on holiday
POSITIVES_R116 = [
    "Min datter på 17 er begyndt at skære sig igen, og vi ved ikke, hvad vi skal gøre.",
    "Jeg er bekymret for min kæreste. Hun har ridset sig i håndleddene flere gange i denne måned.",
    "Om aftenen er jeg bange for, at jeg gør noget dumt ved mig selv.",
    "Jeg er ikke sikker på, jeg kan lade være med at gøre noget farligt mod mig selv i weekenden.",
    "Reservenøglen er afleveret hos genboen. Det er lettere for dem, der skal rydde op efter mig.",
    "Jeg har efterladt nøglerne hos viceværten. Det skulle gøre det nemmere for den, der skal"
    " rydde op bagefter.",
    "Jeg kan ikke mere. Når jeg ikke er her, behøver I ikke at flytte rundt på mine møder.",
    "Jeg kan ikke mere. Når jeg ikke er her længere, skal I ikke flytte rundt på min sag mere.",
]
NEGATIVES_R116 = [
    "Min søn skar sig i fingeren, da han skrællede kartofler, så han kan ikke komme i dag.",
    "Min søn skar sig i armen på en glasrude, da han faldt med cyklen i går.",
    "Jeg gjorde noget dumt mod min bror i går, og nu er han sur.",
    "Det dumme ved mig selv er, at jeg altid glemmer mine møder.",
    "Jeg har lagt nøglen hos naboen, mens jeg er i sommerhus. Min mor kan rydde op efter mig, når"
    " hun kommer.",
    "Nøglerne er afleveret hos viceværten, så håndværkerne kan komme ind. Jeg rydder op bagefter.",
    "Når jeg ikke er her i næste uge, kan I flytte rundt på mødet, som I vil. Jeg er på ferie.",
    "Jeg kan ikke mere med den her sag. Kan I ikke flytte rundt på mine møder?",
]
ROUND_POSITIVES += POSITIVES_R116
ROUND_NEGATIVES += NEGATIVES_R116


# round 116 (threats helper): the end the writer means, said to fall on himself and not on the
# reader ("… gør jeg en ende på det. Ikke på jer – på mig selv"), and one of the staff taken
# "with me" and then the writer. Near misses: anger at oneself over a form, a ride, a lift
POSITIVES_R116_THREATS = [
    "Stopper I min ydelse igen, så gør jeg en ende på det. Ikke på dig, men på mig selv.",
    "Hvis kommunen sanktionerer mig, så gør jeg en ende på det hele. Ikke på nogen andre – på "
    "mig selv.",
    "Tager I min lejlighed, så tager jeg en af jeres sagsbehandlere med mig og derefter mig selv.",
    "Lukker kommunen min sag, tager jeg hende med mig, og så mig selv.",
]
NEGATIVES_R116_THREATS = [
    "Jeg er vred, men ikke på jer. Ikke på jer – på mig selv. Jeg glemte at sende papirerne.",
    "Jeg tager en af jer med mig til Ankestyrelsen og så mig selv til lægen bagefter.",
    "Jeg tager min søn med mig og så mig selv til tandlægen.",
    "Nu gør jeg en ende på det rod i mine papirer. Ikke på jer, men på mig selv er jeg sur.",
]
ROUND_POSITIVES += POSITIVES_R116_THREATS
ROUND_NEGATIVES += NEGATIVES_R116_THREATS


# round 120 (selfrep helper): thoughts of "gøre en ende på det" with plain "det" and the
# sentence going on, and in dialect ("å gør"); fear of what the writer does to themselves; a
# bridge looked down from, named by its name; means laid out beside not knowing why one writes
# to the jobcentre, no one else to tell; no one left to send letters to beside the case
# closed; not eaten for days and not meaning to start again beside hopelessness. Near misses:
# an end to a mess or to a practice, someone else's thoughts, fear of what a process or
# another person does, a denied fear, a bridge on an outing, an office closed, a relative
# dead, a move abroad, a hunger strike until paid, an illness
POSITIVES_R120 = [
    "Undskyld jeg skriver, men jeg har tit tænkt på at gøre en ende på det, efter min sag blev"
    " lukket.",
    "Jeg har længe haft tanken om at gøre en ende på det, og nu ved jeg ikke, hvem jeg skal"
    " ringe til.",
    "A har overvejet å gør en ende på det hele, siden mit fleksjob forsvandt.",
    "Jeg frygter, hvad jeg kan finde på at gøre ved mig selv, når jeg er alene i weekenden.",
    "Om natten ligger jeg vågen og er angst for, hvad jeg gør mod mig selv, hvis afslaget kommer.",
    "Jeg sad på Lillebæltsbroen i går aftes og stirrede ned i vandet i flere timer.",
    "Jeg har stået ved Knippelsbroen tre nætter i træk og kigget ned.",
    "Jeg har tømt alle mine pilleglas ud i en skål. Jeg aner ikke, hvorfor jeg fortæller jer det.",
    "Jeg har hældt alle mine tabletter ud på sofabordet. Jeg har ikke andre at skrive til end jer.",
    "I må gerne lukke min sag nu. Snart er der ingen at sende post til.",
    "Luk bare sagen. Inden jul er der ikke længere nogen at sende breve til.",
    "Jeg har ikke spist i tre døgn og vil ikke begynde igen. Jeg orker ikke mere.",
    "Jeg er holdt op med at spise og agter ikke at starte igen. Jeg kan ikke mere.",
]
NEGATIVES_R120 = [
    "Jeg har længe tænkt på at gøre en ende på det rod, der er i mine papirer.",
    "Vi har tanker om at gøre en ende på det, at unge skal vente i månedsvis på en plan.",
    "Min sagsbehandler har tanker om at gøre en ende på det, siden reglerne blev ændret.",
    "Jeg er bange for, hvad det her forløb gør ved mig selv og min familie.",
    "Jeg er ikke bange for, hvad jeg gør ved mig selv, jeg har det fint med min psykolog.",
    "Jeg er bange for, hvad han gør ved mig, hvis jeg melder ham.",
    "Vi stod på Øresundsbroen på udflugt og kiggede ned på sejlbådene.",
    "Jeg stod på Lillebæltsbroen og kiggede ned på færgerne, mens vi ventede i kø.",
    "Jeg ved ikke, hvorfor jeg skriver til jer, I svarer alligevel aldrig. Jeg venter stadig på"
    " mine penge.",
    "Der er ikke andre. Kun mig og min datter, så jeg kan ikke komme uden hende.",
    "Jeg har lagt alle mine pilleglas frem til hjemmesygeplejersken. Jeg ved ikke, hvorfor jeg"
    " skriver det til jer.",
    "Min mor døde i marts. Der er ikke nogen at sende breve til.",
    "Jeg flytter til Spanien om en måned, så I kan bare lukke sagen. Der er ingen at sende breve"
    " til.",
    "Vores kontor i Haderslev er lukket, så der er ikke nogen at sende breve til.",
    "Jeg har ikke spist i to dage og vil ikke begynde igen, før I udbetaler mine penge.",
    "Jeg har haft roskildesyge og ikke spist i tre dage og har ikke lyst til at starte igen endnu.",
]
ROUND_POSITIVES += POSITIVES_R120
ROUND_NEGATIVES += NEGATIVES_R120


# stop 30 (older false flags helpers found): an authority putting an end to something; a cut
# by accident ("kom til at skære sig")
POSITIVES_S30B = [
    "Efter kommunen stoppede mine penge, har jeg tænkt mig at gøre en ende på det hele.",
    "Jeg skar mig i armen med et barberblad i nat.",
]
NEGATIVES_S30B = [
    "Regeringen har tænkt sig at gøre en ende på det hele med den nye reform.",
    "Min søn kom til at skære sig i hånden på et glasskår i haven.",
    "Jeg kom til at brænde mig på komfuret i går.",
]
ROUND_POSITIVES += POSITIVES_S30B
ROUND_NEGATIVES += NEGATIVES_S30B


# round 124 (selfreq helper): pills taken told with the subject left out at the sentence's
# start; a sorrow or an apology left to be passed on to kin; the writer's own solution to it
# all with "nu" closing the sentence; "hvorfor skal jeg leve" with nothing after; the cause
# made known without the "at" ("… at I ved, det var jeres afslag"); the one addressed told
# not to take it personally beside things given away. Near misses: pills taken along on a
# trip, a sorrow about something named, a solution explained after a colon or after a move,
# what one lives on or with, a rope for a boat with thanks, a new caseworker wished for, a
# meeting called off, a move
POSITIVES_R124 = [
    "jeg kan ikke mere. har lige slugt alle mine sovepiller.",
    "Orker ikke mer. Har allerede taget alle mine tabletter. Sig til min søster, at jeg er så"
    " ked af det.",
    "Fortæl min far, at jeg undskylder. Jeg orker ikke mere.",
    "Jeg har givet mine bøger væk. Jeg har fundet min egen løsning på det hele nu.",
    "hvorfor skal jeg egentlig leve? ingen ville savne mig.",
    "Hvorfor gider jeg overhovedet leve. Jeg har købt et reb.",
    "Jeg har købt et reb i weekenden. Jeg vil bare have, at I ved, det var jeres afgørelse.",
    "Jeg har lånt et reb. Jeg ville bare have, at nogen vidste, det var kommunen.",
    "Jeg har givet hunden til min nabo. Tak for alt, Bodil. Du skal ikke tage det personligt.",
    "Jeg har givet min kat til en veninde. I må endelig ikke tage det personligt.",
]
NEGATIVES_R124 = [
    "Har taget alle mine piller med på ferien, og vi glæder os til stranden.",
    "Sig til min mor, at jeg er ked af det med mødet. Jeg kan ikke mere med de regler.",
    "Jeg har fundet min egen løsning på det hele nu: min bror låner mig pengene til huslejen.",
    "Jeg er flyttet til Aarhus og har fundet min egen løsning på det hele nu.",
    "Hvorfor skal jeg leve af 4000 kr om måneden?",
    "Hvorfor skal jeg leve med den fejl i min sag?",
    "Jeg har købt et reb til min båd. Jeg vil bare have, at I ved, det var jer der hjalp mig.",
    "Jeg ønsker en ny sagsbehandler. Hun skal ikke tage det personligt.",
    "Jeg kommer ikke til mødet på torsdag. Du skal ikke tage det personligt.",
    "Jeg har givet katten til min mor, fordi jeg flytter. Du skal ikke tage det personligt.",
]
ROUND_POSITIVES += POSITIVES_R124
ROUND_NEGATIVES += NEGATIVES_R124


# round 128 (selfreq helper): not knowing whether one can stop oneself next time beside not
# having brought oneself to "it"; a farewell to those who matter beside exhaustion or going
# nowhere any more; a way found out of it all; things sold and a pet given away (English);
# the last time close beside no one else to write to; how to do "it" without pain; someone
# close who says they will not live any more; a thing that "er ved at tage livet af mig" (a
# figure of speech). Near misses: stopping oneself from eating, a call one could not bring
# oneself to, a farewell before a trip or at a last working day, a way out of debt, things
# sold before a move, a close match or exam, an exercise without pain, living on little
POSITIVES_R128 = [
    "stod ved kanten af taget hele natten. fik mig ikke til det. aner ikke om jeg kan holde mig"
    " selv tilbage en anden gang",
    "Jeg kørte ud til klinten igen i aftes. Jeg kunne ikke få mig selv til det. Jeg ved ikke om"
    " jeg kan stoppe mig selv igen.",
    "Jeg magter ikke mere. Jeg har sagt farvel til de mennesker, jeg holder af.",
    "Tak for samtalen, Birthe. Jeg har taget afsked med dem der betyder mest, og jeg skal ikke"
    " nogen steder længere.",
    "Jeg er ligeglad nu. Jeg har fundet en vej ud af det hele, og den kræver ingen ansøgning.",
    "Det er lige meget. Jeg har fundet en måde at komme væk fra det hele på.",
    "im done. gave my cat to my neighbour. sold all my things",
    "i am done. gave away everything i own",
    "Jeg har stået på viadukten ved ringvejen flere gange. Sidst var det meget tæt på. Jeg ved"
    " ikke, hvem jeg ellers kan sige det til.",
    "Jeg stod på broen ved havnen igen i går. Sidste gang var det alt for tæt på.",
    "I skal ikke bekymre jer. I slipper snart for mig. Jeg ved nu, hvordan jeg gør det, så det"
    " ikke gør ondt.",
    "Bare rolig, I slipper snart for mig. Jeg har læst mig til, hvordan jeg gør det smertefrit.",
    "Jeg skriver om min datter på 19. I aftes fortalte hun mig, at hun ikke orker at leve"
    " længere, hvis hun mister sin praktik.",
    "Min bror ringede i nat og sagde, at han ikke vil leve mere.",
]
NEGATIVES_R128 = [
    "Jeg ved ikke om jeg kan stoppe mig selv igen, når jeg ser slik i kiosken.",
    "Jeg skulle have ringet til lægen, men jeg kunne ikke få mig selv til det.",
    "Jeg har sagt farvel til dem, der betyder noget, inden jeg rejser til Thailand.",
    "Det var min sidste arbejdsdag, og jeg har taget afsked med dem, jeg holder af.",
    "Jeg har fundet en vej ud af det hele: min rådgiver har lavet en plan for gælden.",
    "Jeg har fundet en måde at komme væk fra det hele på. Jeg flytter til min søster i Odense.",
    "im done with this form. sold my stuff before moving to the new apartment",
    "gave the dog to my cousin while we travel. im done packing",
    "Vi tabte kampen igen. Sidste gang var det tæt på.",
    "Jeg bestod ikke køreprøven. Sidst var det meget tæt på.",
    "Min fysioterapeut har vist mig øvelsen, så nu ved jeg, hvordan jeg gør det uden at det"
    " gør ondt.",
    "Jeg skal ingen steder mere i dag, så jeg kan godt tage telefonen.",
    "Min søn sagde, at han ikke vil leve af kontanthjælp resten af livet.",
    "Jeres nye ansøgningsportal er ved at tage livet af mig. Kan I hjælpe med login?",
    "Den app kommer til at tage livet af mig, den lukker hele tiden ned.",
]
ROUND_POSITIVES += POSITIVES_R128
ROUND_NEGATIVES += NEGATIVES_R128

# round 132: self-harm said indirectly — unsure of being here tomorrow, nobody there to miss
# the writer, not meaning to be here for the next meeting, afraid of oneself, "bare så træt",
# no use for any of one's things, no calls "at I ikke skal ringe mere", papers gathered for a
# relative, the key lying next door, at peace with it, ending it oneself, nothing more for
# the writer, decided and it is best so
POSITIVES_R132 = [
    "Jeg kan ikke mere. Jeg aner ikke, om jeg stadig lever på lørdag.",
    "Jeg har ingen kræfter tilbage. Skriv til min søster, for jeg er ikke sikker på, om jeg er"
    " her endnu i næste uge.",
    "Der er ikke nogen som vil savne mig, når jeg er væk.",
    "Luk bare min sag. Jeg har ikke tænkt mig at være her til næste samtale.",
    "Jeg har stået på taget af parkeringshuset i aftes. Jeg er blevet bange for mig selv.",
    "Jeg gør ikke jer noget. Det er kun mig selv, jeg er bange for, når jeg står på perronen.",
    "Jeg tror ikke, jeg er her til jul. Jeg er bare så utrolig træt.",
    "Jeg er bare så frygtelig træt, og jeg tror ikke jeg er her til sommer.",
    "Jeg har givet min sofa og mit tv til naboen. Jeg skal ikke bruge noget af det her mere.",
    "Er der nogen der vil have min seng og mine bøger? Jeg skal ikke bruge nogen af tingene"
    " mere. Det er slut nu.",
    "Jeg vil bare sige, at I ikke skal ringe mere. Nøglerne ligger hos underboen.",
    "Husk at du ikke skal kontakte mig mere. Jeg har fundet fred med min beslutning.",
    "Alle dokumenterne ligger klar til min datter. Reservenøglen er hos genboen.",
    "Jeg har bestemt mig. Jeg har samlet alle mine papirer i en kasse til min storesøster.",
    "Du skal ikke bebrejde dig selv noget. Jeg har sluttet fred med det hele.",
    "Hvis I også tager boligstøtten, er der intet tilbage for mig. Så afslutter jeg det bare"
    " selv.",
    "Jeg orker ikke mere. Nu slutter jeg det selv.",
    "Jeg har besluttet mig, og sådan er det bedst. Tak for alt, I har prøvet.",
    "Nøglerne ligger hos genboen. Du skal ikke bebrejde dig selv noget.",
]
NEGATIVES_R132 = [
    "Jeg har ikke flere kræfter i dag. Jeg ved ikke, om jeg er her i morgen, for jeg skal til"
    " scanning på sygehuset.",
    "Jeg er helt uden kræfter efter ugen. Jeg ved ikke, om jeg er her i morgen til samtalen, da"
    " bussen ikke kører.",
    "Der er ikke nogen, der vil savne mig i klubben, hvis jeg melder mig ud.",
    "Jeg har ikke tænkt mig at være her til næste møde, for jeg flytter til Aalborg. I kan bare"
    " lukke sagen.",
    "Jeg blev bange for mig selv, da jeg råbte ad min sagsbehandler i går.",
    "Det er mig selv, jeg er bange for at skuffe, ikke jer.",
    "Jeg er bare så træt af jeres breve.",
    "Jeg er bare så utrolig træt efter nattevagten, og jeg tror ikke jeg er her til næste møde.",
    "Jeg skal ikke bruge noget af det mere, for jeg har købt nyt køkken. Nogen der vil have min"
    " gamle sofa?",
    "Jeg skal ikke bruge noget af det mere til min uddannelse. Er der nogen der vil have mine"
    " bøger?",
    "Jeg skriver for at sige, at I ikke skal ringe mere, for jeg har fået et nyt telefonnummer."
    " Nøglen er hos naboen.",
    "Min søn har sagt til mig, at I ikke skal ringe mere efter klokken fire.",
    "Mine papirer ligger samlet til min bror, som er min bisidder på mødet.",
    "Jeg har lagt mine papirer klar til min mor, så hun kan hjælpe mig med ansøgningen. Nøglen"
    " ligger under måtten.",
    "Jeg har fundet fred med det, og nu ser jeg fremad mod mit nye fleksjob. Du skal ikke"
    " bebrejde dig selv noget.",
    "Min far døde sidste år, men jeg har fundet fred med det. I skal ikke ringe mere om den sag.",
    "Hvis I ikke lukker sagen inden fredag, så afslutter jeg det selv med en klage.",
    "Der er ikke mere for mig at gøre i den sag. Så slutter jeg det selv med en mail til jer.",
    "Der er ikke noget mere for mig her i byen, så jeg flytter.",
    "Jeg har besluttet mig, og det er bedst sådan: jeg flytter hjem til mine forældre.",
    "Nøglen ligger under måtten, så håndværkeren kan komme ind, mens jeg er på arbejde."
    " Undskyld besværet.",
]
ROUND_POSITIVES += POSITIVES_R132
ROUND_NEGATIVES += NEGATIVES_R132

# round 132: others taken along first, then the writer (also a threat); taking someone along
# to a meeting or to the doctor is none
POSITIVES_R132_THREATS = [
    "Stopper I min hjælp, så tager jeg Sofie Holm med, og derefter mig selv.",
    "Hvis jeg mister lejligheden, tager jeg dig med først, så mig selv.",
]
NEGATIVES_R132_THREATS = [
    "Jeg tager dig med til mødet, og så kan jeg passe på mig selv bagefter.",
    "Jeg tager børnene med til tandlægen, og så mig selv til lægen.",
]
ROUND_POSITIVES += POSITIVES_R132_THREATS
ROUND_NEGATIVES += NEGATIVES_R132_THREATS

# round 136: self-harm said indirectly: not being here, everything ending for the writer, a
# pet's new home arranged, a rope laid out, thanks for the years beside means, a home given
# up; a holiday, a stay in hospital, a move, a boat's rope or a pension is none
POSITIVES_R136_SELFREQ = [
    "Hunden har jeg sørget for skal over til min søster. I skal ikke sende flere breve, jeg "
    "kommer jo ikke til at være her.",
    "Jeg er færdig med det hele. Jeg har aftalt, at katten kommer hen til naboen, og jeg "
    "kommer ikke til at være her længere.",
    "I can't do this anymore. You won't see me at the meeting, or anywhere else.",
    "Jeg orker ikke mere. I ser mig ikke til næste samtale eller nogen andre steder.",
    "Ingen vil savne mig. Ved skrænten bag skoven er der ingen om aftenen, og der ender det "
    "hele for mig.",
    "Jeg har ikke mere at give. Det hele slutter for mig.",
    "Jeg har skrevet et brev til mine børn og hængt rebet op i garagen.",
    "Nu har jeg lagt et brev til min søster og bundet løkken klar. Jeg kan ikke mere.",
    "Jeg har samlet alle mine sovepiller. Tak for de seneste fem år, alle sammen.",
    "Jeg har købt reb. Tak for de sidste tolv år.",
    "Jeg har sagt min lejlighed op og foræret mine møbler væk. Luk bare sagen, jeg har ikke "
    "brug for den længere.",
    "Jeg har givet mine ejendele væk og sagt huset op. Det er slut nu.",
]
NEGATIVES_R136_SELFREQ = [
    "Jeg har sørget for at hunden kommer over til min mor, mens jeg er på ferie i Spanien.",
    "Jeg kommer ikke til at være her i næste uge, for jeg er indlagt til en operation.",
    "You won't see me at the gym anymore, I'm moving to Aarhus for a new job.",
    "Jeg ser ikke frem til mødet på tirsdag, helt ærligt.",
    "Arbejdsdagen slutter for mig klokken tre, så ring gerne før.",
    "Det hele slutter for mig med en eksamen i juni, og så er uddannelsen færdig.",
    "Jeg har lagt rebet frem til båden, så vi kan sejle i weekenden.",
    "Jeg har hængt tøjet op og lagt rebet klar til flytningen på lørdag.",
    "Tak for de sidste otte år, jeg går på pension nu og ønsker jer alt godt.",
    "Tak for de seneste tre år, nu får jeg en ny sagsbehandler.",
    "Jeg har sagt lejligheden op, fordi jeg flytter til Odense med min kæreste.",
    "Min søster har sagt lejligheden op i Aalborg og bor nu hos os.",
]
ROUND_POSITIVES += POSITIVES_R136_SELFREQ
ROUND_NEGATIVES += NEGATIVES_R136_SELFREQ

# round 140: self-harm said indirectly: "imorgen" typed as one word after not waking, vanishing
# said to be easier, the edge stood at without jumping and doubt of one more night, no one left
# to open the letters, not here much longer, letters to those who matter, the pet with someone
# close now, all the pills laid out, a height looked up and found enough; social media, a
# bathing jetty, a move, a job, Christmas cards, a holiday, the pharmacy, a lorry is none
POSITIVES_R140_SELFHARM = [
    "Jeg orker ikke mere. Håber bare jeg ikke vågner imorgen.",
    "det hele er for meget, vil helst ikke vågne imorgen",
    "Jeg kan ikke mere. Det ville være lettere bare at forsvinde helt.",
    "Ofte tænker jeg, at det er bedre at forsvinde for godt. Ingen vil savne mig.",
    "Jeg var oppe på taget af p-huset i aftes. Jeg hoppede ikke, men jeg er ikke sikker på, "
    "at jeg klarer en uge mere.",
    "Sad ude på klinten hele natten. Jeg sprang ikke denne gang. Jeg ved ikke om jeg klarer "
    "et døgn mere.",
    "Jeg orker ikke mere. Send ikke flere breve, der bliver ikke nogen til at læse dem.",
    "Jeg kan ikke mere. I kan stoppe med at skrive, der er snart ingen til at åbne posten.",
    "Jeg regner ikke med, at jeg er her ret meget længere. Jeg har givet mine ting væk.",
    "Tror ik jeg er her længere. Har skrevet farvel til min bror.",
    "Jeg har sendt et brev til dem, som betyder mest for mig. Der er ikke mere for mig.",
    "Har skrevet til de få mennesker der betyder noget. Jeg orker ikke mere.",
    "Hunden bor hos min bror nu. Jeg orker ikke mere.",
    "Kaninen er hos min veninde nu og jeg har givet mine ting væk.",
    "Jeg har samlet alle mine piller fra de sidste måneder og lagt dem frem på natbordet.",
    "Hamstret samtlige panodiler i et år, og i aftes hældte jeg dem i en skål.",
    "I går målte jeg, hvor højt taget på højhuset er. Det er rigeligt.",
    "Har slået op hvor høj jernbanebroen er. Det burde være nok.",
]
NEGATIVES_R140_SELFHARM = [
    "Jeg skal vågne tidligt imorgen til mødet kl. 8.",
    "Husk at vække mig imorgen, jeg må ikke sove over mig.",
    "Det ville være nemmere at forsvinde fra Facebook helt, for der er kun ballade.",
    "Det er nemmere bare at forsvinde fra festen, før talerne begynder.",
    "Vi stod på badebroen og de andre hoppede i, men jeg sprang ikke, vandet var iskoldt.",
    "Jeg ved ikke, om jeg klarer en dag mere i praktikken, det er så kedeligt.",
    "Send ikke flere breve til min gamle adresse, der er ingen til at åbne dem, jeg er flyttet.",
    "Min mor er død, så der er ikke nogen til at åbne brevene til hende mere.",
    "Jeg tror ikke, jeg er her meget længere i dag, så ring før klokken 14.",
    "Jeg tror ikke jeg er her længere end til sommer, for jeg har fået nyt job i Vejle.",
    "Jeg har skrevet julekort til dem der betyder noget for mig.",
    "Jeg har skrevet til dem, der betyder noget i sagen, altså min læge og min advokat.",
    "Hunden er hos min mor nu, mens jeg er på ferie i Grækenland.",
    "Katten bor hos min søster nu, fordi min søn fik allergi.",
    "Jeg har hentet alle mine piller på apoteket og lagt dem i dosisæsken for ugen.",
    "Hentede alle de gamle tabletter og lagt dem i en pose til apoteket, så de kan destrueres.",
    "Jeg har fundet ud af, hvor høj broen er. Det er nok til at lastbilen kan komme under.",
    "Vi har undersøgt, hvor høj broen er, til skoleopgaven. Det er vist nok 40 meter.",
]
ROUND_POSITIVES += POSITIVES_R140_SELFHARM
ROUND_NEGATIVES += NEGATIVES_R140_SELFHARM


# probe round 144 (self-harm said indirectly): an overdose thought of or weighed, the family
# better off with the insurance money than with the writer, gone from a set date so the money
# is saved, the end set for a day after a secluded place or a last errand; near misses: coffee,
# a sister's past thought, a denial, insurance compared with insurance or an inheritance, a
# move and a new job, a school task and a painted kitchen
POSITIVES_R144_VEILEDSH = [
    "Jeg har overvejet at sluge en overdosis, når ungerne er faldet i søvn.",
    "Jeg er så træt af alting, at jeg tit tænker på at tage en overdosis af mine sovepiller.",
    "Nogle gange tænker jeg, at børnene ville have det bedre med livsforsikringen end med mig.",
    "Min kone ville nok være bedre stillet med forsikringssummen end med mig.",
    "Efter nytår er jeg her ikke længere, så I kan spare ydelsen. Så er alle fri.",
    "I morgen er jeg der ikke mere, så kommunen kan spare pengene.",
    "Der er et sted i skoven bag marinaen, hvor ingen kommer. Når jeg har betalt den sidste "
    "husleje på mandag, er jeg færdig med det hele.",
    "Når jeg har sagt farvel til hunden på søndag, er jeg færdig med alt.",
]
NEGATIVES_R144_VEILEDSH = [
    "Jeg har overvejet at tage en overdosis af kaffe inden eksamen, ha.",
    "Min søster har engang tænkt på at tage en overdosis, men i dag har hun det godt.",
    "Jeg har aldrig tænkt på at tage en overdosis, jeg vil bare have hjælp til min ryg.",
    "Min familie har det bedre med forsikringen fra Tryg end med den gamle fra Alm. Brand.",
    "Min søster fik det bedre med arven end med sin gamle løn.",
    "Næste måned er jeg her ikke mere, for jeg flytter til min søster i Odense.",
    "Til sommer er jeg der ikke længere, jeg starter på et nyt job i Horsens.",
    "Når jeg har afleveret opgaven på fredag, er jeg færdig med det hele og kan slappe af.",
    "Når jeg har malet køkkenet i weekenden, er jeg færdig med det hele.",
]


# probe round 148 (self-harm said indirectly): the lethal amount of a drug at hand known, the
# case said to settle itself soon, the office left with one case fewer, an offer or a new date
# turned down as not needed, things sold or keys handed to kin, the bridge stood on again, one
# more refusal past bearing, a pet hoped to be found in time; and a threat by someone else
# against the writer ("han vil gøre det af med mig") is no self-harm. Near misses: a dose for
# pain, a move, a new job, photos from a bridge, a complaint, a lost dog, a holiday
POSITIVES_R148_SELFHARM = [
    "Der står en æske panodil på badeværelset, og jeg ved hvor mange der skal til.",
    "Min mors gamle sovepiller står stadig i skabet, og jeg ved præcis hvor mange der skal til.",
    "Jeg har givet min kanin væk. Du skal ikke bruge flere kræfter på mig, sagen klarer sig "
    "snart af sig selv.",
    "Jeg har skrevet breve til mine søstre. Min sag ordner sig nok snart af sig selv.",
    "Jeg skal ikke have nogen ny tid. Efter jul er jeg her ikke mere, så har I en borger "
    "mindre at tænke på.",
    "Snart er jeg her ikke længere, og så har kommunen én udgift mindre.",
    "Min computer og mine plader har jeg givet væk. Giv bare pladsen på holdet til en anden, "
    "jeg skal ikke bruge den.",
    "Jeg har skrevet breve til mine børn. I kan give praktikpladsen hos Netto videre, jeg "
    "skal jo ikke bruge den.",
    "Jeg har solgt alle mine ejendele og sagt farvel til min mor.",
    "Jeg har givet nøglen til min datter og skrevet et brev til mine forældre.",
    "Jeg har stået oppe på jernbanebroen flere gange den sidste måned.",
    "I nat sad jeg på kanten af taget igen. Jeg kan ikke klare et eneste afslag mere.",
    "Jeg har købt et reb i Bauhaus. Forhåbentlig henter min søster mine katte i tide.",
    "Jeg har lagt kniven klar. Jeg håber bare, at nogen finder min kanin i tide.",
    "Jeg har tænkt på at gøre det af med mig selv.",
    "Han ved ikke, at jeg vil gøre det af med mig selv.",
]
NEGATIVES_R148_SELFHARM = [
    "Jeg tager morfin for ryggen, og jeg ved hvor meget der skal til for at tage toppen af "
    "smerterne.",
    "Jeg har insulin i køleskabet, og jeg ved godt hvor meget der skal til, når jeg har spist.",
    "Jeg har givet min hund væk, fordi jeg flytter til Aarhus, så sagen løser sig snart af "
    "sig selv.",
    "Jeg har fået job på lageret, så min sag løser sig snart af sig selv. Jeg har givet min "
    "gamle sofa væk.",
    "Jeg har fået fast job hos Vestas, så har I én sag mindre!",
    "Jeg flytter til Spanien i marts, så er jeg her ikke længere, og I har en sag mindre.",
    "Jeg har fået job i Kolding, så giv bare praktikpladsen til en anden, jeg skal ikke bruge den.",
    "Jeg har givet min gamle sofa væk. Tak for tilbuddet om kurset, men jeg er allerede "
    "uddannet, jeg skal ikke bruge det.",
    "Jeg har solgt mine møbler, fordi jeg flytter ind hos min kæreste.",
    "Jeg har givet nøglerne til min bror, så han kan fodre katten, mens jeg er på ferie.",
    "Jeg har stået på broen over havnen flere gange for at tage billeder af solnedgangen.",
    "Jeg kan ikke klare et afslag mere, så nu klager jeg til Ankestyrelsen.",
    "Vores hund er forsvundet fra haven. Forhåbentlig finder naboerne min hund i tide.",
    "Jeg har købt reb til at binde tomaterne op. Min søster henter mine katte i tide, inden "
    "jeg tager på ferie.",
    "Min eksmand har truet med at gøre det af med mig, hvis jeg flytter. Kan mødet holdes online?",
    "Naboen siger, at han vil gøre det af med mig, fordi min hund gør.",
]


# stop 31: an overdose by accident is a risk weighed, no plan; one planned stays self-harm
@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Apotekeren spurgte, om jeg kunne få en overdosis ved et uheld med de nye piller.", False),
        ("Jeg er bange for at tage en overdosis ved en fejl, når dosisæsken er tom.", False),
        ("Jeg har overvejet at tage en overdosis i weekenden.", True),
        ("Jeg tager en overdosis i aften, og ingen skal tro, at det er et uheld.", True),
    ],
)
def test_stop_31_an_accidental_overdose_is_no_plan(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text).labels) is self_harm


# probe round 152 (self-harm): a decision told as taken by the time the mail is read, with the
# verb first; a means kept and thought of every night, harm meant for the writer alone; this
# month or week decided as the last; no intent to wake up again; a goodbye kept secret from
# those told it; nobody to worry about the writer after a day to come. Near misses: a decision
# about a job, smoking that hurts no one else, a knife for cooking, a last week in a
# placement, a lie-in, a surprise kept, a job starting, an operation
POSITIVES_R152_SELFHARM = [
    "Når du får dette brev, har jeg for længst truffet min beslutning. Tak for din tålmodighed.",
    "Når I finder beskeden, har jeg allerede taget min beslutning. Min bror ved, hvor nøglerne "
    "ligger.",
    "Jeg vil aldrig skade nogen, kun mig selv.",
    "Jeg vil ikke gøre nogen andre fortræd, bare mig selv.",
    "Jeg har et reb i garagen og tænker på det hver nat. Ingen vil savne mig.",
    "Jeg har bestemt, at denne jul bliver min sidste.",
    "Det her bliver min sidste uge. Jeg har givet hunden til naboen.",
    "Jeg regner ikke med at vågne igen. Undskyld.",
    "Har ikke tænkt mig at vågne op i morgen, pillerne er taget.",
    "Jeg har sagt farvel til min bror i går. Han aner det ikke, men jeg ved det.",
    "I går har jeg sagt farvel til min bedste ven. Han ved ikke noget, men jeg ved det.",
    "Du kan bare slette min sag. Du skal ikke bekymre dig om mig længere efter fredag.",
    "Luk bare sagen. I behøver ikke tænke på mig mere efter i morgen.",
    # the idiom's look-alike with the writer as the one who does it stays read
    "Det er ved at gå galt. Jeg kommer til at tage livet af mig, hvis ingen hjælper.",
    "Inden længe er jeg ved at tage livet af mig, jeg kan ikke mere.",
]
NEGATIVES_R152_SELFHARM = [
    "Når I læser min ansøgning, har jeg nok allerede taget min beslutning om uddannelsen.",
    "Jeg har nok allerede taget min beslutning om at takke ja til jobbet i Vejle.",
    "Jeg ryger, men det skader ikke andre, kun mig selv.",
    "Jeg gør ikke andre noget, jeg passer bare mig selv.",
    "Jeg har en kniv i køkkenet og tænker på den hver aften, når jeg laver mad.",
    "Det her bliver min sidste måned på kontanthjælp, for jeg starter i job.",
    "Jeg har besluttet, at det her bliver min sidste uge i praktikken.",
    "Jeg har ikke tænkt mig at vågne op i morgen før klokken ti, jeg har fri.",
    "Jeg regner ikke med at vågne op igen før narkosen er væk.",
    "Min kæreste ved det ikke, men jeg ved det. Jeg har købt billetter til Paris til hendes "
    "fødselsdag.",
    "Min chef ved det ikke, men jeg ved det godt, at jeg får et nyt job.",
    "I behøver ikke bekymre jer om mig mere efter weekenden, for jeg starter i fast job på "
    "mandag.",
    "Du skal ikke bekymre dig om mig efter operationen på fredag, jeg har det fint.",
    # a thing pointed at and named in words before "er ved at / kommer til at tage livet af
    # mig" is a figure of speech
    "Det her nye login-system er ved at tage livet af mig, hvor finder jeg min sag?",
    "Den der nye ansøgningsside er lige ved at tage livet af mig 😅",
    "Indberetningen kommer til at tage livet af mig, kan I hjælpe?",
]


# probe round 156 (self-harm): half signs of a farewell that meet another: not to be counted on
# after a day to come; doubting one cares to be here any more, with thanks to those who tried
# to help; a decision not to go through another winter of it, beside belongings left "når jeg
# er væk"; an English goodbye with no occasion. Near misses: a holiday, a dentist, an
# illness, a course or placement one is tired of, a move abroad, a mother-in-law, a new job
POSITIVES_R156_SELFHARM = [
    "Ingen vil savne mig alligevel. Du skal ikke regne med at høre fra mig efter påske.",
    "Jeg er bare en byrde for min familie. I skal ikke regne med mig på tirsdag.",
    "Jeg har gemt en masse sovepiller. Du skal ikke regne med at se mig på mandag.",
    "Min ansøgning om flexjob blev afvist. Tvivler på, at jeg orker at være her længere. Tak "
    "til alle dem, der har forsøgt at hjælpe mig.",
    "Tror ik jeg magter at være til mere. Ingen vil savne mig.",
    "Jeg har besluttet, at jeg ikke skal igennem en vinter mere med det her. Min søster må få "
    "min sofa, når jeg er borte.",
    "Jeg har bestemt, at jeg ikke vil gennem en jul mere alene. Hvem skal have mit fjernsyn, "
    "når jeg er væk?",
    "so this is goodbye. I won't be here tomorrow.",
    "This is goodbye, everyone. Ingen vil savne mig.",
]
NEGATIVES_R156_SELFHARM = [
    "Du skal ikke regne med at høre fra mig efter påske, jeg er på ferie i Italien.",
    "I skal ikke regne med mig på tirsdag, jeg skal til tandlægen. Jeg orker ikke mere.",
    "Jeg har hovedpine. Du skal ikke regne med at se mig på mandag.",
    "Tror ikke jeg gider være her mere på holdet, det er spild af tid. Tak til dem der har "
    "prøvet at hjælpe mig med CV'et.",
    "Jeg tror ikke, jeg orker at være i den her praktik længere.",
    "Jeg har besluttet, at jeg ikke skal igennem en vinter mere i Danmark, så jeg flytter til "
    "Spanien.",
    "Jeg har bestemt, at jeg ikke vil gennem en jul mere med min svigermor.",
    "This is goodbye from me, I'm moving to Berlin. I won't be here next week.",
    "I won't be here next week, I'm on holiday in Spain.",
    "Tak til alle dem, der har prøvet at hjælpe. Jeg har endelig fået et job.",
]


# round 160: a note found after the act, nothing left to hold out for, an apology typed short,
# things offered away, nothing to stay here for, another year not to be faced, the thought of
# how easy it would be, the calm after a decision, the writer as the only one at stake — and
# the concessive "om jeg så skal slå mig selv ihjel" of a task, a figure of speech
POSITIVES_R160_SELFHARM = [
    "Hvis nogen finder denne seddel, så fortæl min datter, at jeg elskede hende. Jeg vil ikke "
    "være her mere.",
    "Der er intet at holde ud for længere. Sig farvel til min bror fra mig.",
    "Jeg har ikke noget at leve for. Ingen vil savne mig.",
    "sorry for alting. kan ik mer.",
    "Undskyl for alt. I slipper for mig snart.",
    "Hvem kan overtage mine planter? Jeg har ikke brug for dem længere. Der er ikke noget at "
    "blive her for.",
    "Hvem vil have mit fjernsyn? Jeg får ikke brug for det mere. Ingen vil savne mig.",
    "Der er intet at blive her for længere. Min søster skal have mine ting.",
    "Jeg har skrevet testamente. Jeg magter ikke én vinter mere i den her lejlighed.",
    "Jeg har givet min kat væk. Jeg klarer ikke et år mere sådan.",
    "Jeg sidder på taget af blokken og tænker på, hvor nemt det ville være.",
    "Jeg står på broen over motorvejen. Tænker på hvor let det ville være at springe.",
    "Jeg har lagt alt klar. Det er underligt, så rolig jeg er, nu hvor jeg har bestemt mig.",
    "Jeg har skrevet mit testamente. Man får en sær fred, når man endelig har besluttet sig.",
    "Jeg gør aldrig nogen af jer fortræd, det skal I vide. Det er bare mig selv, det handler "
    "om. Når jeg er væk, kan I lukke sagen.",
    "Jeg er problemet. Ingen vil savne mig.",
    "Det er mig, der er problemet. Jeg er her nok ikke til påske.",
    "Jeg har tænkt på at slå mig selv ihjel, om I så tror på det eller ej.",
]
NEGATIVES_R160_SELFHARM = [
    "Rapporten bliver sendt i dag, om jeg så skal slå mig selv ihjel for at nå det.",
    "Selvom jeg så skal slå mig selv ihjel ved skrivebordet, bliver ansøgningerne sendt "
    "fredag. Men kravet er urimeligt.",
    "Hvis nogen finder denne seddel i opgangen, så ring til mig om den tabte nøgle.",
    "Hvis du finder beskeden under spam, så svar venligst på min klage.",
    "Jeg har ikke mere at kæmpe for i den sag, klagen er afgjort.",
    "sry for alt besværet med papirerne, jeg sender dem i morgen.",
    "sorry for alt det rod i min ansøgning. Jeg orker ikke mere bøvl.",
    "Hvem vil have mit gamle skab? Jeg skal ikke bruge det mere, for jeg flytter til Odense.",
    "Hvem vil have min barnevogn? Vi skal ikke bruge den mere, børnene er store.",
    "Der er ikke noget at blive her for, så jeg flytter til Aarhus til sommer.",
    "Der er ingen grund til at blive her for evigt på kontanthjælp.",
    "Jeg orker ikke endnu et år med jeres afslag og regler, det er uværdigt.",
    "Jeg klarer ikke en måned mere på kontanthjælp, så jeg har søgt job i Norge.",
    "Jeg tænker på, hvor let det ville være at få et job, hvis I hjalp mig.",
    "Hvor nemt det ville være, hvis jobcentret bare svarede på mine mails.",
    "Jeg er helt rolig nu, hvor jeg har besluttet mig for at klage.",
    "Jeg er blevet roligere, efter jeg har besluttet mig. Jeg har fået et nyt job i Vejle.",
    "I siger hele tiden, at det er mig, der er problemet, men det er jeres system.",
    "Jeg er ikke problemet, det er sagsbehandlingen. Jeg orker ikke mere.",
    "Jeg vil ikke gøre nogen af jer noget. Det er kun mig selv, der skal tage mig sammen. "
    "Jeg er træt af det hele.",
]


# round 164 (threats): a gun meant for the writer alone (self_harm, and no threat); the writer's
# end with staff taken along (self_harm and threat). Near misses: a hunting gun aimed at game,
# a decision that hurts only the writer, staff taken along to a meeting
POSITIVES_R164_THREATS = [
    "Jeg har riflen med i bilen ud til sommerhuset, og den skal ikke ramme andre end mig selv. "
    "Farvel.",
    "Jeg har taget haglgeværet med ud til søen, og det skal kun ramme mig selv. Tak for "
    "ingenting.",
]
NEGATIVES_R164_THREATS = [
    "Jeg har et jagtgevær til rådyrjagten, og jeg passer på, at det ikke rammer andre end "
    "vildtet.",
    "Beslutningen rammer ikke andre end mig selv, så lad mig bestemme over min egen tid.",
    "Det er slut for mig med jeres regler, jeg tager nogen af jer med til mødet hos "
    "borgmesteren.",
]


@pytest.mark.parametrize("text", POSITIVES_R164_THREATS)
def test_round_164_gun_meant_for_oneself_r164_threats(text: str) -> None:
    labels = triage(text).labels
    assert "self_harm" in labels
    assert "threat" not in labels


def test_round_164_end_with_others_taken_along_r164_threats() -> None:
    text = "Hvis pengene stopper, så er det slut for mig, og jeg tager en af jer med."
    labels = triage(text).labels
    assert "self_harm" in labels
    assert "threat" in labels


# round 164: the question whether it would not be easiest for all if the writer jumped (the
# "ikke" asks, it does not deny), the means at hand and a call asked for before an hour, and
# half signs of a farewell: affairs put in order, no worry after a day (the verb first), not
# knowing whether one is here tomorrow, a case that solves itself, things for someone who
# needs them more than the writer, a decision to make it easy for all, never meeting again,
# "better so for all", an English "I'm done" and something not needed any more
POSITIVES_R164_SELFHARM = [
    "Sad oppe på taget af p-huset og spekulerede på, om det ikke ville være bedst for alle, "
    "hvis jeg bare sprang.",
    "Jeg undrer mig over, om det ikke er lettere for familien, hvis jeg bare forsvandt.",
    "Pillerne ligger foran mig på bordet. Nogen må ringe til mig før kl. 15.",
    "Sovepillerne ligger klar ved siden af mig. Bed min rådgiver ringe til mig inden klokken "
    "10.",
    "Jeg har fået sat alting i orden. Så skal I ikke bekymre jer om mig efter fredag.",
    "Jeg har nu sat det hele i orden. Så behøver du ikke tænke på mig mere efter i aften.",
    "Jeg ved ikke om jeg er her på fredag. Jeg kan ikke mere.",
    "Aner ikke om jeg stadig er her til næste uge. Ingen vil savne mig.",
    "Du skal ikke bekymre dig mere om min sag, det ordner sig af sig selv. Naboen har fået "
    "min computer, han har mere brug for den end mig nu.",
    "Min fætter får nok bedre brug for tingene end mig snart. I behøver ikke tænke mere på "
    "min sag, det løser sig selv.",
    "Jeg har bestemt mig for at gøre det nemt for jer. Tak for alt.",
    "Jeg har besluttet at gøre det lettere for familien. Ingen vil savne mig.",
    "Jeg tror aldrig, vi ser hinanden nogensinde igen. Det bliver bedst sådan for alle.",
    "Jeg tror ikke, jeg ser jer nogensinde igen til samtalerne. Det er bedre sådan for alle "
    "sammen.",
    "im so done. I won't need my bed anymore.",
    "I am done. I won't need any of the money any more.",
]
NEGATIVES_R164_SELFHARM = [
    "Jeg spekulerer på, om det ikke var nemmest for alle, hvis jeg bare sendte papirerne "
    "med posten.",
    "Om det ikke er bedst for alle, hvis mødet bliver flyttet til mandag?",
    "Pillerne ligger foran mig, men jeg kan ikke læse doseringen. Kan apoteket ringe?",
    "Jeg har sat alt i orden. Så skal I ikke bekymre jer om mig efter fredag, for jeg "
    "starter på et nyt job.",
    "Jeg har sat alle papirerne i orden til mødet på tirsdag.",
    "Jeg ved ikke om jeg er her i morgen, for jeg skal til tandlægen, så ring hellere "
    "torsdag.",
    "Jeg ved ikke, om jeg er hjemme i morgen. Jeg har ikke fået min løn.",
    "Du skal ikke tænke mere på min sag, den er lukket, jeg har fået job.",
    "Min bror får mere brug for cyklen end mig nu, jeg flytter til København.",
    "Jeg har besluttet at gøre det let for alle og trække min klage tilbage.",
    "Vi ses nok aldrig nogensinde igen, for jeg flytter til Spanien. Det er bedre sådan for "
    "alle.",
    "I'm done with the application form. I won't need the extra forms anymore.",
    "I'm done. I start my new job on Monday, I won't need the aktivering anymore.",
]


# stop 33: "I har vundet" is read by two cues (the jobcentre told it has won, the system that
# won over the writer); alone it is one half sign, a bitter word to the jobcentre, not a
# whole. Beside a farewell or the last money to a niece or a brother it is still a sign
WON_ALONE = [
    "I har vundet.",
    "Så vandt I til sidst. Tillykke med det.",
    "Kommunen har vundet over mig, jeg opgiver klagen og finder mig i afgørelsen.",
]
WON_WITH_A_FAREWELL = [
    "Min opsparing er sat ind på min brors konto. Jobcentret vandt.",
    "Resten af mine penge går til min nevøs konto. Pas godt på hinanden. I har vundet.",
    "Jeg har sagt farvel til min søster. Systemet har vundet over mig.",
]
LAST_MONEY_NOT_A_SIGN = [
    "Jeg har sat min opsparing ind på min nieces konto, så hun kan betale sin husleje.",
    "Min bror styrer min økonomi, så min sidste løn går ind på min brors konto.",
]


# round 165 (selfreq): self-harm said as a farewell — belongings offered for nothing beside
# "where I am going", a letter to be read "when they find me"
POSITIVES_R165_SELFREQ = [
    "Vil nogen i Tarm have mit fjernsyn og alle mine plader gratis? Jeg får ikke brug for "
    "noget, der hvor jeg skal hen.",
    "Nogen i opgangen der kan bruge en sofa og mine smykker for ingenting? Jeg skal ikke "
    "bruge dem, hvor jeg skal hen. Tak for alt.",
    "Otte år med sygedagpenge og afslag. Jeg har lagt en seddel til min bror, som han kan "
    "læse, når de finder mig.",
    "Der ligger en seddel på køkkenbordet til min søster, som hun skal have, når de har "
    "fundet mig.",
]
NEGATIVES_R165_SELFREQ = [
    "Er der nogen i Lemvig, der vil have en barnevogn og alle mine gamle bøger gratis? Vi "
    "har ikke plads mere.",
    "Nogen der vil have min cykel gratis? Jeg skal ikke bruge den, hvor jeg skal hen, for "
    "jeg flytter til Aalborg.",
    "Jeg har skrevet et brev til jobcentret, som de kan læse, når de finder tid.",
    "Jeg har sendt en besked til boligselskabet, og de ringer, når de finder mig en bolig.",
]


# round 169 (self-harm helper): self-harm said indirectly — unsure whether to go home again
# beside a bridge; "if it goes as I planned tonight" beside a letter or papers for kin; things
# given away; the end for the writer who "does not go alone"; no more meetings and the job
# denied as the reason; an English "not here or anywhere"
POSITIVES_R169_SELFHARM = [
    "Klokken er tre om natten, og jeg sidder ude ved motorvejsbroen. Aner ikke, om jeg orker "
    "at tage hjem igen.",
    "Har stået oppe på viadukten i en time nu. Jeg ved ikke, om jeg kan gå hjem igen.",
    "Jeg har lagt mine papirer frem til min datter. Hvis alt går, som jeg har planlagt, i "
    "aften, skal hun ikke bekymre sig mere.",
    "Jeg orker ikke mere. Hvis det går, som jeg tror, inden morgenen, er der ingen der skal "
    "ringe.",
    "Jeg har foræret min guitar og mit kamera væk. Du skal ikke bebrejde dig selv noget.",
    "Jeg kan ikke mere. Jeg har givet mit ur og alle mine plader væk.",
    "Lukker I min sag, så er det forbi for mig. Jeg dør ikke alene, det skal I vide.",
    "Får jeg afslag igen, ender det for mig. Og jeg går ikke ned alene, husk det.",
    "Jeg kan ikke mere. Jeg kommer ikke til flere møder, og det er ikke fordi jeg har fået "
    "arbejde.",
    "Jeg orker ikke mere. Jeg dukker ikke op til flere samtaler, og nej, det er ikke fordi "
    "jeg har fået et job.",
    "I just can't go on anymore. I won't need any more meetings, here or anywhere else.",
    "I cannot take this any more. Tell Jonas I don't need any further sessions, not here or "
    "anywhere.",
]
NEGATIVES_R169_SELFHARM = [
    "Jeg er til fest hos Mikkel og ved ikke, om jeg gider gå hjem igen.",
    "Jeg står ved jernbanebroen, toget er aflyst, og jeg ved ikke, om jeg kan komme hjem igen.",
    "Hvis alt går som jeg regner med i aften, vinder vi kampen. Jeg kan ikke mere vente.",
    "Jeg har skrevet et par ord til min søster, hvis alt går som jeg regner med i aften.",
    "Jeg har givet min sofa og mine gamle lamper væk, fordi vi flytter. Jeg kan ikke mere.",
    "Min bror har givet min cykel og mine bøger væk uden at spørge. Jeg kan ikke mere med ham.",
    "Hvis I stopper min ydelse, så er det slut for mig. Men jeg går ikke alene til mødet, jeg "
    "tager min bisidder med.",
    "Så er det slut for mig med jobcentret. Jeg går ikke alene i den her sag.",
    "Jeg kan ikke mere. Jeg kommer ikke til flere møder, ikke fordi jeg har fået job, men "
    "fordi jeg har klaget til Ankestyrelsen.",
    "Jeg kommer ikke til flere møder, fordi jeg har fået arbejde hos Netto. Jeg har også "
    "skrevet testamente.",
    "I can't do this anymore. I won't be needing any more appointments here, I found a job in "
    "Aarhus.",
    "I can't take it anymore. I won't need any more appointments here or anywhere else, since "
    "I'm moving to Sweden.",
]


# round 173 (self-harm helper): self-harm said indirectly — hanging or killing oneself with the
# subject first or the verb inverted; the thought that "it would be the easiest" beside the
# tracks, a bridge or exhaustion; not knowing what one does to oneself; soon no one's problem
# beside the case closed; disappearing soon and "i" typed small for those rid of the writer;
# the payment stopped beside money not needed where one goes; means at hand thought of nightly
POSITIVES_R173_SELFHARM = [
    "Får jeg afslag på mit fleksjob igen, dræber jeg mig selv.",
    "Jeg tager børnene med til min mor i morgen, og så hænger jeg mig selv i garagen.",
    "Jeg har tænkt det igennem: jeg dræber mig selv, når børnene er flyttet hjemmefra.",
    "Nogle aftener går jeg ned til broen over motorvejen og tænker, at det var det letteste.",
    "Jeg har ingen kræfter tilbage. Jeg tænker tit, at det ville være det nemmeste for alle.",
    "Hvis I stopper min ydelse igen, aner jeg ikke, hvad jeg gør ved mig selv.",
    "Jeg ved ikke, hvad jeg kommer til at gøre ved mig selv, hvis afslaget står ved magt.",
    "Snart er jeg ikke jeres problem mere. I kan godt slette min sag.",
    "Fra på fredag er jeg ikke jeres hovedpine længere, så luk bare sagen.",
    "jeg kan ikke mere. nu slipper i for mig.",
    "Jeg forsvinder nu. Ingen vil savne mig alligevel.",
    "I kan roligt stoppe betalingen. Jeg får ikke brug for noget af det der hvor jeg skal hen.",
    "Du kan lige så godt stoppe pengene nu. Jeg skal ikke bruge dem, hvor jeg skal hen.",
    "Min afdøde fars morfinplastre ligger stadig i skuffen, og jeg tænker på dem hver nat.",
    "Der står et glas med panodiler i køkkenskabet, og jeg tænker på det hele tiden.",
]
NEGATIVES_R173_SELFHARM = [
    "Jeg hænger mig selv ud på Facebook, hvis jeg skriver det der.",
    "Jeg dræber mig selv med overarbejde for at nå alle ansøgningerne.",
    "Jeg kunne dræbe mig selv over, at jeg glemte mødet i går.",
    "Jeg tænker, at det ville være det nemmeste at tage bussen til mødet.",
    "Jeg står ved perronen hver morgen og tænker, at det ville være det nemmeste med et job tæt "
    "på.",
    "Jeg ved ikke, hvad jeg skal gøre af mig selv i weekenden, når jeg ikke må arbejde.",
    "Jeg ved ikke, hvad jeg gør ved mig selv i ferien, det bliver så kedeligt uden praktikken.",
    "Fra august er jeg ikke jeres problem længere, for jeg starter på uddannelse. I kan bare "
    "lukke sagen.",
    "Jeg er ikke jeres problem længere, jeg er flyttet til Aarhus Kommune. Luk bare sagen.",
    "Jeg forsvinder snart på ferie i to uger, så slipper i for mig et stykke tid.",
    "jeg forsvinder nu til frokost, så slipper i for mig.",
    "I kan godt stoppe udbetalingen, for jeg er startet i fast job hos Lidl.",
    "I kan godt stoppe udbetalingen fra juli. Jeg skal ikke bruge penge der hvor jeg skal hen, "
    "det er et højskoleophold med alt betalt.",
    "Min nye medicin står i skabet, og jeg tænker på den hver aften, så jeg husker at tage den.",
    "Pillerne fra lægen giver bivirkninger, og jeg tænker på dem hver dag.",
]


# round 177 (self-harm helper): self-harm said indirectly — indifference to one's own life; a
# decision not to go on; nothing left to follow up on within days; wondering whether one can
# be bothered to be here; the case that ends by itself soon; the rope told as bought; no one to
# have trouble with the writer afterwards; not here any more, and not because of a journey;
# not meaning to be here much longer
POSITIVES_R177_SELFHARM = [
    "Efter tredje afslag er jeg blevet ligeglad med mit eget liv.",
    "Ærligt talt er jeg ligeglad med, om jeg lever eller dør, så gør hvad I vil.",
    "Jeg har fået nok af ventetiden og har bestemt, at jeg ikke kan mere.",
    "Efter to års sygemelding har jeg besluttet at jeg ikke magter mere. I kan bare lukke sagen.",
    "I skal ikke bruge flere kræfter på mig. Om et par dage er der intet at følge op på.",
    "Ingen vil savne mig. Efter weekenden er der ingenting at følge op på i min sag.",
    "Jeg har intet tilbage at kæmpe for, og jeg ved ikke om jeg orker at være her længere.",
    "Hvis jeg mister min ydelse, ved jeg ikke, om jeg magter at være her mere. Ingen vil savne "
    "mig.",
    "Jeg har givet mine plader væk. Min sag klarer sig selv om lidt.",
    "Ingen vil savne mig. Hele sagen ordner sig selv inden længe.",
    "Jeg har besluttet mig. Løkken er allerede skaffet.",
    "Ingen vil savne mig, og rebet blev købt i går.",
    "Jeg har ryddet op i lejligheden, så ingen får bøvl med mig bagefter.",
    "Ingen vil savne mig. Jeg har sørget for, at ingen får rod med mig bagefter.",
    "Efter nytår er jeg ikke her længere, og nej, det er ikke fordi jeg flytter.",
    "Til sommer er jeg her ikke mere, og det er ikke fordi jeg tager på ferie.",
    "Jeg kan ikke mere. Jeg har ikke planer om at være her så meget længere.",
    "Ingen vil savne mig. Jeg har ikke regnet med at være her særlig meget længere.",
]
NEGATIVES_R177_SELFHARM = [
    "Hun er ligeglad med sit eget liv og tænker kun på karrieren.",
    "Jeg er ligeglad med mit eget liv på de sociale medier, det er privat.",
    "Jeg har besluttet, at jeg ikke kan mere praktik hos den arbejdsgiver.",
    "Jeg har besluttet at jeg ikke orker mere, så jeg siger op og starter i nyt job hos Netto.",
    "Om en uge er der ikke noget at følge op på, for jeg har fået fast job.",
    "Snart er der intet at følge op på, fordi jeg flytter til Aalborg.",
    "Jeg ved ikke om jeg gider være her mere på holdet, det er kedeligt.",
    "Jeg ved ikke, om jeg kan være her længere end til klokken tolv.",
    "Jeg ved ikke om jeg orker at være her mere. Kollegerne på lageret taler kun om fodbold.",
    "Min sag løser sig selv snart, når lægeerklæringen kommer.",
    "Sagen klarer sig selv om lidt, jeg starter i fleksjob.",
    "Rebet er købt til gyngen i haven.",
    "Pillerne er købt på apoteket, og jeg har det fint.",
    "Jeg lover, at ingen skal have besvær med mig bagefter mødet.",
    "Jeg har betalt regningen, så ingen får bøvl med mig bagefter, hvis kontrollen kommer.",
    "Jeg er her ikke mere efter klokken 15, og det er ikke fordi jeg rejser, men fordi jeg "
    "henter børn.",
    "Efter august er jeg ikke her længere, og det er ikke fordi jeg flytter, men fordi jeg "
    "starter på uddannelse.",
    "Jeg har ikke tænkt mig at være her meget længere i dag, mødet trækker ud.",
    "Jeg har ikke planer om at være her ret meget længere, jeg har fået job i Odense.",
]


@pytest.mark.parametrize("text", NEGATIVES_R177_SELFHARM)
def test_r177_selfharm_near_misses(text: str) -> None:
    assert "self_harm" not in triage(text).labels


POSITIVES_R181_SELFCRIT = [
    "Huslejen er ikke betalt, og jeg ved ik om jeg orker at leve længere.",
    "Jeg ved virkelig ikke, om jeg magter at være til mere, når alt bliver taget fra mig.",
    "Ingen hører efter. Nu har jeg valgt skinnerne.",
    "I kan lukke min sag, jeg har for længst udset mig klinten.",
]
NEGATIVES_R181_SELFCRIT = [
    "Jeg ved ikke, om jeg gider at være her mere i den praktik, de råber hele tiden.",
    "Jeg ved ikke om jeg orker at være her længere i lejligheden med al den larm.",
    "Jeg har valgt broen, fordi turen er kortere end med færgen.",
    "Til fotokonkurrencen har jeg allerede valgt broen som motiv.",
]


@pytest.mark.parametrize("text", POSITIVES_R181_SELFCRIT)
def test_r181_selfcrit_self_harm(text: str) -> None:
    labels = set(triage(text).labels)
    assert "self_harm" in labels
    assert "threat" not in labels


@pytest.mark.parametrize("text", NEGATIVES_R181_SELFCRIT)
def test_r181_selfcrit_near_misses(text: str) -> None:
    assert "self_harm" not in triage(text).labels


POSITIVES_R183_SELFB = [
    # oneself as the fronted object of ending
    "Det er mit eget liv, som jeg overvejer at gøre en ende på. Farvel.",
    "Det er ikke jer, det er mig selv jeg vil gøre en ende på",
    # best for all that the writer is gone, said with "at"
    "Det bedste for familien ville være, at jeg var væk for altid.",
    "Jeg tror, det er nemmest for alle, at jeg ikke findes mere.",
    # not here tomorrow, after giving up
    "Jeg magter ikke mere. Hvis ingen hjælper mig, regner jeg ikke med, at jeg er til i morgen.",
    "Jeg orker ikke mere. Regner ikke med at jeg er her i morgen.",
    # a will or a decision, and someone let in afterwards
    "Jeg har lavet et testamente, og min bror har en nøgle, så han kan komme ind bagefter.",
    "Testamentet ligger i skuffen. Min veninde har fået nøglen, så hun kan komme ind, når det er "
    "slut.",
    # deciding not to go on, and a reassurance that it was not the reader's fault
    "Kære Henrik. Du har altid været god ved mig. Jeg har bestemt ikke at fortsætte længere. Du "
    "skal ikke tro, det var din skyld.",
    "Jeg har besluttet ikke at fortsætte mere. Du må ikke tænke, at det var jeres skyld.",
]
NEGATIVES_R183_SELFB = [
    "Det er mig selv, jeg skal gøre en ende på rodet i min økonomi.",
    "Det er mig selv, der må gøre en ende på det sludder.",
    "Det bedste for alle er, at jeg ikke er her på mandag, så kan Lone tage mødet.",
    "Det bedste for børnene er, at jeg er væk fra lejligheden i weekenden.",
    "Jeg orker ikke mere, jeg tror ikke jeg er her i morgen, for jeg skal til lægen.",
    "Jeg tror ikke, jeg er her i morgen, jeg er på kursus.",
    "Jeg har skrevet testamente hos advokaten og givet nøglen til naboen, så hun kan komme ind og "
    "vande blomster, når jeg er på ferie.",
    "Min nabo har fået en nøgle, så hun kan komme ind, når jeg er indlagt.",
    "Jeg har besluttet ikke at fortsætte mere i praktikken. Du skal ikke tro, det var din skyld, "
    "at det gik galt.",
    "Jeg har besluttet ikke at fortsætte mere med kurset, og det var ikke din skyld.",
    # not wanting to be here any more because of a move or a job, in the same sentence
    "Jeg vil ikke være her længere end til sommer, så flytter vi til Aalborg.",
    "Jeg vil ikke være her mere efter nytår, jeg har fået job i Norge.",
]


POSITIVES_R183_SELFA = [
    "Jeg har fundet et godt sted oppe ved klinten, hvor der aldrig er nogen. "
    "Derfra springer jeg ud.",
    "Ydelsen er væk. Jeg har udset stedet ved kajkanten bag værftet, og der hopper jeg ud.",
    "Jeg har fået fat i et reb. Så får I jeres vilje.",
    "Jeg har samlet alle mine piller. Nu får kommunen sin vilje.",
    "Hvis jeg bare var væk, ville jeg ikke være en byrde for nogen mere. "
    "Det er nok det bedste for alle.",
    "Hvis jeg ikke var her, ville jeg ikke være en belastning længere.",
    "Jeg har siddet ved togbroen fire gange i denne uge. Min sag er lukket nu.",
    "Jeg har været ude ved viadukten flere gange siden afslaget.",
    "Jeg tror ikke jeg er her til samtalen i oktober. Så slipper I for mig.",
    "Flyt bare mødet. Jeg regner ikke med at være i live til det tidspunkt, så slipper I for mig.",
    "Der er snart ikke mere nogen at jagte for jer. Reservenøglen ligger under måtten.",
    "Fra mandag er der ingen at straffe. Nøglerne ligger i postkassen.",
]
NEGATIVES_R183_SELFA = [
    "Vi har fundet et sted ved havnen til sommerfesten, og der springer jeg ud i vandet og bader.",
    "Jeg har fundet stedet ved broen, hvor man kan fotografere togene.",
    "Så får I jeres vilje, og jeg møder op på mandag kl. 9.",
    "Når jeg kommer i job, vil jeg ikke være en udgift for kommunen længere.",
    "Måske er det det bedste for alle, at mødet bliver flyttet.",
    "Jeg har stået ved jernbanebroen tre gange i dag og ventet på bussen.",
    "Jeg har været ved broen flere gange med hunden.",
    "Jeg regner ikke med at være her til mødet, for jeg er på ferie i Spanien.",
    "Jeg regner ikke med at være her til den tid. Jeg er indlagt til en operation.",
    "Nøglen ligger i postkassen til håndværkeren.",
    "Der er ikke nogen at sanktionere, jeg har afleveret alle papirerne til tiden.",
    "Fint, så får I jeres vilje. Jeg kommer til mødet i næste uge.",
    "Jeg har fundet et godt sted ved molen, hvor jeg kan fiske i fred.",
    "Bussen holder ved stationen, og der springer jeg ud.",
    "Nøglen ligger i postkassen, når vvs-manden kommer.",
]


# Every round's lists in two tables, one test each (stop 33: they had two near-identical
# test functions a round). A new round adds its lists here.
# round 183 (lead): a rope bought for a flagpole or a dog, beside "you get your way"
NEGATIVES_R183_LEAD = [
    "Jeg har købt et nyt reb til flagstangen i haven. Så fik du din vilje, skat.",
    "Har skaffet et reb til hunden, den elsker at trække i det.",
]
ROUND_SELF_HARM_SIGNS = [
    *ROUND_POSITIVES,
    *POSITIVES_R144_VEILEDSH,
    *POSITIVES_R148_SELFHARM,
    *POSITIVES_R152_SELFHARM,
    *POSITIVES_R156_SELFHARM,
    *POSITIVES_R160_SELFHARM,
    *POSITIVES_R164_SELFHARM,
    *WON_WITH_A_FAREWELL,
    *POSITIVES_R165_SELFREQ,
    *POSITIVES_R169_SELFHARM,
    *POSITIVES_R173_SELFHARM,
    *POSITIVES_R177_SELFHARM,
]
ROUND_NO_SELF_HARM = [
    *NEGATIVES,
    *ROUND_NEGATIVES,
    *NEGATIVES_R144_VEILEDSH,
    *NEGATIVES_R148_SELFHARM,
    *NEGATIVES_R152_SELFHARM,
    *NEGATIVES_R156_SELFHARM,
    *NEGATIVES_R160_SELFHARM,
    *NEGATIVES_R164_THREATS,
    *NEGATIVES_R164_SELFHARM,
    *WON_ALONE,
    *LAST_MONEY_NOT_A_SIGN,
    *NEGATIVES_R165_SELFREQ,
    *NEGATIVES_R169_SELFHARM,
    *NEGATIVES_R173_SELFHARM,
    *NEGATIVES_R183_LEAD,
]


@pytest.mark.parametrize("text", ROUND_SELF_HARM_SIGNS)
def test_round_tables_self_harm(text: str) -> None:
    assert "self_harm" in triage(text).labels


@pytest.mark.parametrize("text", ROUND_NO_SELF_HARM)
def test_round_tables_no_self_harm(text: str) -> None:
    assert "self_harm" not in triage(text).labels


# round 187: a plan to end "it" told; letting oneself fall, said of anyone, beside a height;
# a farewell written to one's own family; life easier without waking; a leave taken of
# everything; the writer's promise to be gone for good is a farewell, never a threat
POSITIVES_R187_SELFHARM = [
    "Jeg har besluttet at gøre en ende på det, og ingen på kontoret kan ændre det.",
    "Jeg har lagt en plan for at gøre en ende på det, før pengene slipper op.",
    "Jeg stod på taget af p-huset i går og tænkte, at det ville være det nemmeste at lade sig "
    "falde.",
    "Hver aften sidder jeg på altanen i 11. etage og tænker, at det er lettest at lade sig falde.",
    "Jeg skrev farvel til min datter i går aftes. Jeg kan ikke mere.",
    "I nat har jeg skrevet farvel til min mor og min søster.",
    "Det ville være nemmere for mig, hvis jeg aldrig vågnede op igen.",
    "Jeg tænker tit, at alt ville være bedre, om jeg bare sov ind og ikke vågnede.",
    "Jeg siger farvel til jer og til alt andet. Der er ikke mere at kæmpe for.",
    "Nu tager jeg afsked med livet. Tak for ingenting.",
    "Hvis I stopper min ydelse igen, så er I fri for mig for evigt, det lover jeg. "
    "Jeg har allerede givet min kat væk.",
    "Afviser I også klagen, så ser I mig aldrig igen, det lover jeg. "
    "Jeg har skrevet farvel til min søn.",
]
NEGATIVES_R187_SELFHARM = [
    "Jeg har en plan om at gøre en ende på det rod, der er i mine papirer.",
    "Kommunen har besluttet at gøre en ende på det, og nu lukker værkstedet.",
    "Til judotræning lærer vi, at det er bedst at lade sig falde bagover.",
    "Efter en lang dag i haven tænkte jeg, at det var nemmest at lade sig falde i søvn i "
    "liggestolen.",
    "Jeg sad på altanen og tænkte, at det var bedst at lade sig falde til ro, før jeg ringede.",
    "Jeg har skrevet farvel til mine børn på et postkort, fordi jeg rejser til Grønland for at "
    "arbejde i et år.",
    "Min datter har skrevet farvel til sine klassekammerater, for vi flytter til Esbjerg.",
    "Det ville være lettere, hvis jeg ikke vågnede op klokken fire hver nat af smerter.",
    "Det ville være bedre, hvis jeg ikke vågnede op til en ny rykker fra jer hver uge.",
    "Jeg tager afsked med jer og alt andet her i byen, for jeg flytter til Aarhus på fredag.",
    "Jeg siger farvel til jer nu og takker for hjælpen, for jeg er startet i fast job på et lager.",
]


# round 191 (selfreq): belongings given away with the things put first, or sold for not
# being needed, beside a farewell; a move, a job or an ordinary clear-out is none
POSITIVES_R191_SELFREQ = [
    "Mit kamera og mine plader har jeg foræret væk til naboen. Der er ikke mere at ordne. "
    "Alle slipper for mig på fredag, I kan roligt slette min sag.",
    "Jeg har givet mit ur og min computer til genbrug, jeg skal ikke have brug for dem "
    "længere. Fortæl Ingeborg, at det ikke var hendes skyld.",
    "Jeg har solgt min knallert, jeg får ikke brug for den mere. Sig til min mor, at det "
    "ikke er hendes skyld.",
]

NEGATIVES_R191_SELFREQ = [
    "Mit gamle sofabord har jeg givet væk til genbrug, for vi har fået et nyt.",
    "Jeg har solgt min bil, jeg får ikke brug for den, når jeg bor midt i byen.",
    "Du slipper for mig efter jul, for så starter jeg på uddannelsen i Odense.",
    "Sig til Signe, at det ikke var hendes skyld, at mødet blev aflyst.",
]


# round 195 (selfharm): an end made of it and said to threaten no one; sleeping in and not
# waking in the main clause's order; the means named and then a curse on it all; every pill
# taken and only an apology after; a farewell told through a solution to it all, a pet left
# with someone, no summons needed ahead and the writer as one who is not here
POSITIVES_R195_SELFHARM = [
    "Jeg mister lejligheden i næste måned. Sker det, gør jeg en ende på det hele. Det er ikke "
    "ment som en trussel mod jer, bare så I ved det.",
    "Bliver min dagpengeret opbrugt, så gør jeg bare en ende på det. Det er ikke en trussel "
    "mod nogen andre.",
    "Når pengene slipper op, falder jeg i søvn og vågner aldrig mere. Det har jeg besluttet.",
    "Hvis afslaget kommer, så sover jeg simpelthen ind og vågner ikke op igen.",
    "skaffet pillerne. fuck det hele",
    "Har skaffet et reb. Fuck livet.",
    "Jeg har slugt alle sovepillerne. Tilgiv mig.",
    "Har lige taget alle mine tabletter. Undskyld for det hele.",
    "Nu er der ro. Jeg har fundet en udvej på alt sammen, og ingen skal spilde mere tid på mig. "
    "Hunden er hos min bror. Farvel.",
    "Jeg har fundet en løsning på det hele. Hunden bor hos min søster nu, og I skal ikke bruge "
    "flere kræfter på mig.",
    "Fremover skal I ikke sende mig indkaldelser. Hunden er hos min søster. Spild ikke tid på "
    "en, som ikke er her længere.",
    "Det er spild at bruge kræfter på en, der ikke er til mere. Mine papirer er ordnet, og jeg "
    "har skrevet til min bror.",
]

NEGATIVES_R195_SELFHARM = [
    "Hvis naboen spiller musik igen i nat, så gør jeg en ende på det og ringer til udlejeren. "
    "Det er ikke en trussel, men en klage.",
    "Vi gør en ende på det her skænderi nu. Det er ikke en trussel mod nogen, bare en "
    "beslutning om at stoppe mødet.",
    "Efter nattevagten sover jeg hen og vågner ikke igen før klokken to om eftermiddagen.",
    "Min morfar sov ind i nat og vågnede ikke igen, så jeg kommer ikke til mødet på torsdag.",
    "Købte reb til teltet i går. Fuck det hele regner jo bare hele weekenden.",
    "Har hentet min medicin på apoteket. Fuck det var dyrt.",
    "Jeg har taget alle mine piller i dag, som lægen sagde. Undskyld at jeg skriver så sent.",
    "Jeg har taget alle mine piller. Undskyld, men hvornår er mødet flyttet til?",
    "Jeg har fundet en løsning på det hele: min bror låner mig pengene til huslejen.",
    "Katten er hos naboen, mens jeg er på ferie i Grækenland. I skal ikke bruge flere kræfter "
    "på mig før august.",
    "Næste måned behøver I ikke sende indkaldelse, for jeg starter i job hos Netto.",
    "Ring ikke til Henrik om sagen. Det giver ingen mening at bruge tid på en, der ikke er her i "
    "dag.",
]


# Round 199: farewell, plan and means told without the word: letters to one's children, not here
# when the answer comes, how long one means to be here, knowing where the rope hangs, decided that
# it soon ends, affairs in order before one goes, no one to bother with one after a day named,
# everything arranged, not here for the coming meeting. Near misses: a trip, a job, a camp, a
# gym, a relationship or a habit that ends.
POSITIVES_R199_SELFHARM = [
    "Jeg har skrevet et afskedsbrev til min søn. Jeg tror ikke jeg er her mere, når "
    "afgørelsen kommer.",
    "Min mand ved det ikke, men jeg skrev breve til begge børn i nat. Jeg er bange for, "
    "at jeg ikke er her længere, når I svarer.",
    "Tre afslag på to år. Jeg aner ikke, hvor længe jeg orker at leve.",
    "Hvis ansøgningen bliver afvist igen, ved jeg ikke hvor længe jeg vil være her.",
    "Jeg har lavet mit testamente i dag. Jeg ved præcis, hvor rebet hænger.",
    "Mit testamente ligger på bordet, og jeg ved hvor løkken er.",
    "Jeg har bestemt mig for, at det snart er forbi. Du behøver ikke ringe.",
    "Efter tyve år med smerter har jeg besluttet, at det er slut. I skal ikke lede efter mig.",
    "Hvem skal have min hund, når jeg ikke er her mere? Jeg vil have orden i papirerne, "
    "inden jeg går.",
    "Jeg vil have ryddet op i mine sager, før jeg forsvinder. Ingen vil savne mig "
    "alligevel.",
    "Jeg har solgt min bil og givet resten væk. Du behøver ikke bekymre dig om mig efter fredag.",
    "Jeg har solgt mit fjernsyn og givet mine planter til min søster. I skal ikke bøvle "
    "med mig efter den første.",
    "Jeg har skrevet til min bror, hvor han kan finde papirerne. I behøver ikke ringe "
    "efter søndag.",
    "Ingen vil savne mig. Jeg har klaret det hele.",
    "Når I får det her brev, er jeg væk. Jeg har ordnet alt.",
    "Jeg har skrevet til min bror, hvor han kan finde nøglerne. Jeg er her ikke til mødet "
    "i næste uge.",
    "I behøver ikke ringe efter onsdag. Jeg er her ikke til samtalen.",
]
NEGATIVES_R199_SELFHARM = [
    "Jeg tror ikke, jeg er her længere, når I ringer, for jeg skal hente på arbejde.",
    "Jeg er bange for, at jeg ikke er her mere, når I kommer, for flyet går klokken tolv.",
    "Jeg skrev breve til mine børn, da de var på lejr i sommer.",
    "Jeg har skrevet et brev til min datter til hendes konfirmation.",
    "Jeg ved ikke, hvor længe jeg har tænkt mig at være her i Odense.",
    "Jeg ved ikke, hvor længe jeg skal være her i praktikken.",
    "Spørg pedellen, han ved hvor rebet hænger i gymnastiksalen.",
    "Til klatring på lørdag: træneren ved, hvor rebene hænger.",
    "Jeg har besluttet, at det er slut med kæresten.",
    "Jeg har besluttet, at det snart er slut med rygning. I skal ikke ringe.",
    "Jeg vil gerne have styr på det hele, før jeg går på barsel.",
    "Jeg skal have ordnet papirerne inden jeg går på ferie.",
    "I behøver ikke ringe efter fredag, for jeg tager på ferie til Spanien.",
    "Du skal ikke bøvle med mig efter næste uge, jeg har fået job i Brande.",
    "Jeg har ordnet det hele med banken.",
    "Flytningen er på plads. Jeg har ordnet det hele.",
    "Jeg er her ikke til mødet på tirsdag, fordi jeg er indlagt.",
    "Jeg er her ikke til samtalen, jeg er på ferie i Spanien.",
]


POSITIVES_R203_SELFHARM = [
    # nothing left to give, beside not knowing whether one is here tomorrow
    "Jeg aner ikke, om jeg stadig er her i morgen. Jeg har ikke mere at give af.",
    "Hvis huslejen ikke bliver betalt, ved jeg ikke om jeg er her på mandag. "
    "Jeg har intet mere at give af.",
    # the rest of one's pills taken, beside a farewell sign
    "Når du læser denne mail, har jeg slugt resten af mine sovepiller. Luk bare sagen.",
    "Jeg har spist resten af mine tabletter. Sig til min søn, at det ikke var hans skyld.",
    # "you have killed me", and finishing it oneself
    "Kommunen har dræbt mig stille og roligt med sine regler. "
    "Så nu klarer jeg resten færdigt selv.",
    "I dræber mig langsomt med jeres praktikker. Nu gør jeg arbejdet færdigt selv.",
    # a rope or a gun at hand, to be used tonight
    "Jeg har købt et reb, og jeg overvejer at bruge det i nat.",
    "Jeg har fundet min fars gamle gevær frem og har tænkt mig at bruge det i morgen.",
    # means bought, and a word left so someone knows
    "Jeg har samlet mine sovepiller i en skål. Jeg skriver, så der er nogen der ved det.",
    "Jeg har købt fire pakker pamol i Netto. Jeg siger det bare, så nogen ved det.",
    # no strength to go on living
    "Sig til min mor, at jeg elsker hende. Jeg har ingen kræfter til at leve længere.",
    "Jeg har ikke mere energi til at leve videre.",
]
NEGATIVES_R203_SELFHARM = [
    "Jeg kan ikke mere. Jeg har ikke mere at give af.",
    "Efter tre år som frivillig har jeg ikke mere at give af. Jeg stopper i foreningen.",
    "Jeg har taget alle mine piller i dag, som lægen sagde.",
    "Jeg har taget resten af mine tabletter med til lægen, så hun kan se dem.",
    "I har dræbt mig langsomt med jeres afklaringsforløb, og nu klager jeg til Ankestyrelsen.",
    "Skemaet var halvt udfyldt, så nu gør jeg det færdigt selv.",
    "Jeg har et reb i bilen og tænker på at bruge det i aften til at trække campingvognen.",
    "Jeg har købt et nyt reb til båden og vil bruge det i weekenden på fjorden.",
    "Jeg har købt panodil på apoteket. Jeg skriver bare så nogen ved det, at jeg er syg i dag.",
    "Jeg skriver bare, så nogen ved det: elevatoren i opgang B er i stykker igen.",
    "Jeg har ikke kræfter til at leve et normalt liv med de smerter.",
    "Min far har ikke kræfter til at fortsætte livet i huset alene, så han flytter på plejehjem.",
]


# Stop 34: the rounds' self-harm signs that must not read as threats, in one table (their
# helpers had written two near-identical test functions each); their near misses join
# ROUND_NO_SELF_HARM above (extended in place, so its table test reads them too).
ROUND_SELF_HARM_NOT_THREAT = [
    *POSITIVES_R183_SELFB,
    *POSITIVES_R183_SELFA,
    *POSITIVES_R187_SELFHARM,
    *POSITIVES_R191_SELFREQ,
    *POSITIVES_R195_SELFHARM,
    *POSITIVES_R199_SELFHARM,
    *POSITIVES_R203_SELFHARM,
]
ROUND_NO_SELF_HARM += [
    *NEGATIVES_R183_SELFB,
    *NEGATIVES_R183_SELFA,
    *NEGATIVES_R187_SELFHARM,
    *NEGATIVES_R191_SELFREQ,
    *NEGATIVES_R195_SELFHARM,
    *NEGATIVES_R199_SELFHARM,
    *NEGATIVES_R203_SELFHARM,
]


@pytest.mark.parametrize("text", ROUND_SELF_HARM_NOT_THREAT)
def test_round_tables_self_harm_not_threat(text: str) -> None:
    labels = triage(text).labels
    assert "self_harm" in labels
    assert "threat" not in labels


# Round 207: self-harm by plan, means and farewell: setting fire to oneself (and the office),
# "orker ikke mere" before a comma, soon not here beside things not needed any longer, ending up
# in front of the bus, "tonight I do it" beside blades bought, not meaning to be here when the
# answer comes beside kin who knows what to do with the home, a rope in the car beside not
# knowing whether one comes home, papers told of in dialect beside "ses ik".
POSITIVES_R207_SELFHARM = [
    "Får jeg afslag igen, så brænder jeg mig selv af.",
    "Jeg har benzin i garagen, og jeg har tænkt mig at sætte ild til mig selv.",
    "tre afslag i træk. jeg orker ikke mere, jeg vil ikke være en byrde for nogen.",
    "Jeg magter ikke mere, ingen vil savne mig alligevel.",
    "Min cykel og mit køleskab må naboen få. Jeg forventer ikke at bruge dem ret meget længere. "
    "Jeg er snart ikke her mere.",
    "Snart er jeg ikke her længere, og jeg regner ikke med at skulle bruge tingene mere.",
    "Jeg ender bare med at hoppe ud foran bussen en dag.",
    "Stopper de min sygedagpenge, ender jeg med at træde ud foran et tog.",
    "Jeg har skaffet en pakke sovepiller, og i nat gør jeg det.",
    "Jeg har købt et reb i Bauhaus. Jeg gør det i morgen.",
    "Jeg har ikke planer om at være her mere, når svaret kommer. Min bror ved, hvad han skal "
    "gøre med huset.",
    "Jeg har ikke tænkt mig at være her længere, når I ringer. Naboen ved godt, hvad hun skal "
    "gøre med katten.",
    "Der er et reb i bagagerummet nu. Jeg ved ikke om jeg kommer hjem i nat.",
    "Rebet ligger i bilen. Jeg ved ikke, om jeg kommer hjem igen.",
    "kan ik mer. ha fortalt te min bror hvor mine papier ligger. ses ik.",
    "Jeg har skrevet til min datter, hvor mine papirer ligger. Jeg kan ikke mere. Vi ses ikke.",
]
NEGATIVES_R207_SELFHARM = [
    "Jeg brændte mig selv på komfuret i går, så jeg kan ikke skrive så godt.",
    "Jeg har brændt mig selv ud på arbejdet og er sygemeldt.",
    "Jeg orker ikke mere ventetid, svar mig nu på ansøgningen.",
    "Jeg kan ikke mere end tyve timer om ugen, siger lægen.",
    "Jeg er snart ikke her mere, for jeg flytter til Aalborg i marts.",
    "Jeg regner ikke med at skulle bruge møblerne længere, da jeg flytter ind hos min kæreste.",
    "Min søn endte med at løbe ud foran bussen, men chaufføren nåede at bremse.",
    "Jeg ender nok med at gå ud foran stationen og vente på min mor.",
    "Jeg har købt maling, og i aften gør jeg det.",
    "Stuen skal males. Jeg gør det i morgen.",
    "Jeg har ikke tænkt mig at være her længere, når I svarer, for jeg rejser til Tyrkiet.",
    "Min søster ved, hvad hun skal gøre med lejligheden, mens jeg er på ferie.",
    "Der ligger et reb i bilen til at trække traileren hjem.",
    "Jeg ved ikke om jeg kommer hjem i aften.",
    "Jeg har sagt til min bror, hvor mine papirer ligger, så han kan hjælpe med ansøgningen.",
    "Vi ses ikke på mandag, jeg er på kursus.",
]
ROUND_SELF_HARM_NOT_THREAT += POSITIVES_R207_SELFHARM
ROUND_NO_SELF_HARM += NEGATIVES_R207_SELFHARM


def test_r207_selfharm_burning_oneself_and_the_office_is_both() -> None:
    labels = triage("Lukker I min sag, så brænder jeg både mig selv og jeres jobcenter ned.").labels
    assert {"self_harm", "threat"} <= set(labels)
    labels = triage("Stopper I min hjælp, sætter jeg ild til mig selv og jeres rådhus.").labels
    assert "self_harm" in labels


def test_r207_selfharm_ending_in_front_of_a_train_after_an_if_is_no_threat() -> None:
    for text in (
        "Hvis I nedsætter min ydelse igen, ender jeg med at gå ud foran toget. Jeg mener det.",
        "Hvis sagen bliver afvist, så ender jeg med at springe ud foran en lastbil. Jeg mener det.",
    ):
        labels = triage(text).labels
        assert "self_harm" in labels
        assert "threat" not in labels


# Round 211: self-harm by farewell, plan and in English: no "me" left after a date, things
# given away today beside no use for them where one goes, "I'm done" with a capital I beside
# "won't be around", a pet seen into good hands beside a farewell, someone close who will shoot
# or hang himself (reported by a helper), "you won't see me again" beside a pet given away.
POSITIVES_R211_SELFHARM = [
    "Ingen vil savne mig. Efter nytår er der ingen mig tilbage.",
    "Snart er der ikke længere nogen mig, så I kan lukke mappen.",
    "Jeg har givet mit fjernsyn og min sofa væk i går, og det er fint. Der hvor jeg tager "
    "hen, skal jeg ikke bruge dem.",
    "Mit ur har jeg givet væk i morges, for jeg skal ikke have brug for det mere.",
    "Really, I am done. I won't be around to read your answer tomorrow.",
    "I'm so done. I won't be around much longer, så I kan bare stoppe.",
    "Tak for alt. Jeg har sørget for, at hunden kommer i gode hænder. Pas på dig selv.",
    "Min kanin får et godt hjem hos min niece. Ingen vil savne mig.",
    "Jeg er bisidder for en kvinde i Holstebro. Hun har sagt til mig, at hun vil hænge sig "
    "selv, hvis hun mister sin søn.",
    "Min søn har fundet sin onkels pistol og siger han vil skyde sig selv i hovedet.",
    "Jeg har givet katten til min søster og skrevet til banken. You will never see me again.",
    "Farvel til jer alle. You won't see me again.",
]
NEGATIVES_R211_SELFHARM = [
    "Der er ikke nogen mig bekendt, der har fået svar.",
    "Der er ikke længere nogen, der hjælper mig med sagen.",
    "Jeg har givet min gamle computer væk i dag, for jeg har købt en ny.",
    "Jeg har givet mine møbler væk i går, fordi jeg flytter til Odense.",
    "I'm done with the form, I sent it this morning.",
    "Jeg har foræret min sofa væk i dag, og nu er der plads i stuen.",
    "I am done, så nu kan I få papirerne.",
    "I won't be around next week, I am on holiday in Spain.",
    "Katten kommer i gode hænder hos min mor, mens jeg er indlagt.",
    "Hunden får et nyt hjem, fordi min søn er allergisk.",
    "Han skyder sig selv i foden med den ansøgning.",
    "Hun vil skyde sig selv op til en ny stilling, siger hun.",
    "You won't see me again at this office, I am moving to Aarhus.",
    "Du vil ikke se mig igen på kurset, for jeg har fået job.",
]
ROUND_SELF_HARM_NOT_THREAT += POSITIVES_R211_SELFHARM
ROUND_NO_SELF_HARM += NEGATIVES_R211_SELFHARM


# Round 215: self-harm by farewell: the jobcentre told it need not spend more time on the writer
# beside a goodbye; the last things settled: the rent paid for the final month, nothing more to
# take care of, thanks to the only one who was kind, each half a sign.
POSITIVES_R215_SELFHARM = [
    "Du behøver ikke bruge mere tid på mig. Jeg har sagt farvel til katten og min søster.",
    "Jobcentret skal ikke spilde flere kræfter på min sag. Farvel til jer alle.",
    "Jeg har betalt lejen for min sidste måned. Der er intet tilbage at tage sig af.",
    "Nu er der ikke mere at tage mig af. Tak til min mentor for at være den eneste, som var "
    "venlig.",
]
NEGATIVES_R215_SELFHARM = [
    "Du behøver ikke bruge mere tid på mig i dag, vi ses på torsdag.",
    "Jeg har betalt huslejen for sidste måned, men kan ikke betale for denne. Der er ikke mere "
    "at tage sig af.",
    "Tak til min kontaktperson, hun var den eneste der var flink til at svare hurtigt. Jeg har "
    "ryddet op i papirerne.",
    "Jeg har betalt lejen for den sidste måned, fordi jeg flytter til Aalborg. Så er der ikke "
    "mere at tage sig af.",
    "I skal ikke bruge mere tid på min sag, for jeg har fået fast job i Vejle. Jeg har sagt "
    "farvel til holdet.",
]
ROUND_SELF_HARM_NOT_THREAT += POSITIVES_R215_SELFHARM
ROUND_NO_SELF_HARM += NEGATIVES_R215_SELFHARM


# probe round 219 (r219_selfharm): a message left for one's family that it was not their fault;
# the world easier without the writer, said or pondered; the end in front of a train foretold
# ("det ender med, at jeg …"); half signs: getting off for good, standing out by the tracks
# evenings in a row, a goodbye said without the other knowing, "maybe it will be tonight".
POSITIVES_R219_SELFHARM = [
    "Sig til mine forældre at det ikke var deres skyld. Jeg har ryddet op i papirerne.",
    "Nogle gange tænker jeg, at verden ville være et bedre sted uden mig. Sådan har jeg det.",
    "Jeg har spurgt mig selv om jorden ikke ville være lettere uden mig. Svaret er ja.",
    "Jeg er bange for at det ender med at jeg træder ud foran en lastbil.",
    "Broen ligger tæt på mit hus. Jeg har været derude fire nætter i træk. Måske bliver det i "
    "aften. Vi får se.",
    "Hvis de lukker min sag, så stiger jeg bare af for godt. Jeg har fundet stedet ved broen.",
    "Jeg sagde farvel til min bror i går uden at han vidste det. Det her er sidste gang jeg "
    "skriver til jer.",
]
NEGATIVES_R219_SELFHARM = [
    "Sig til min datter at det ikke var hendes skyld at bussen kom for sent.",
    "Min datter siger at det ikke var hendes skyld.",
    "Kan du sige til min søn at det ikke var hans skyld, at mødet blev flyttet?",
    "Verden ville ikke være bedre uden mig, siger min psykolog.",
    "Jeg ved godt at verden ikke ville være bedre uden mig.",
    "Det ender med at jeg går på toget uden billet, fordi automaten er i stykker.",
    "Det ender med at jeg går ud foran en bil og vinker til chaufføren.",
    "Så står jeg af for godt og flytter til Jylland.",
    "Jeg står af for godt. Jeg gider ikke flere møder hos jer.",
    "Perronen ligger tæt på. Jeg har stået derude tre aftener i træk og ventet på et tog der "
    "var aflyst.",
    "Jeg venter stadig på svar. Måske bliver det i morgen.",
    "Jeg sagde farvel til min mor i lufthavnen i dag. Hun rejser til Spanien.",
]
ROUND_SELF_HARM_NOT_THREAT += POSITIVES_R219_SELFHARM
ROUND_NO_SELF_HARM += NEGATIVES_R219_SELFHARM


# probe round 223 (r223_selfreq): half signs of affairs put in order for after (money left to a
# child, a debt not to fall on them, a help one will not come to need, the case closed for
# good), a relative with a rope who goes to no more meetings, "then it is the end for me";
# near misses: tired of fighting the jobcentre, a job or a move that explains the same words
POSITIVES_R223_SELFREQ = [
    "Min søster fortalte i går, at hun har købt et reb, og at hun ikke skal til flere samtaler.",
    "Kan min sidste ydelse blive overført til min søn i stedet? Han skal ikke sidde med min "
    "gæld, og jeg tror ikke, jeg er her til jul.",
    "Får jeg ikke svar i dag, så er det slut for mig, for jeg har ikke kræfter til at blive ved "
    "med at leve sådan.",
    "Testamentet er skrevet. Jeg har ikke kræfter til flere kurser, og jeg kommer ikke til at "
    "få brug for det.",
    "Der er ikke mere at kæmpe for. I kan bare lukke sagen for altid.",
]
NEGATIVES_R223_SELFREQ = [
    "Jeg er så træt af at kæmpe med kommunen, og jeg kan ikke mere. Kan jeg få en ny rådgiver?",
    "Jeg er træt af at kæmpe mod systemet. Jeg kan ikke mere med det her.",
    "Kan pengene blive udbetalt til min datter i stedet? Jeg flytter til Spanien i maj.",
    "Jeg har fået fast job, så I kan lukke sagen for altid.",
    "Jeg kommer ikke til at få brug for det, for jeg starter på uddannelse i august.",
    "Så er det slut for mig med jobcentret, jeg har fået arbejde.",
    "Min bror har købt et reb til båden.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [*((t, True) for t in POSITIVES_R223_SELFREQ), *((t, False) for t in NEGATIVES_R223_SELFREQ)],
)
def test_r223_selfreq_affairs_for_after(text: str, self_harm: bool) -> None:
    labels = triage(text).labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 227 (r227_selfharm): the means thought of and "til mig selv" after it (a contrast
# "ikke til ham" between or not), a place by the tracks where the writer goes tonight, someone
# close who will "hænge sig", a word to someone close about what to do with one's things, the
# plan ready with the means named, a rope put up, a farewell and finishing "it" oneself, "jeg
# kommer ikke til noget mere" after thanks by name; near misses: a gift for oneself, a walk with
# the dog, "hænge sig i detaljer", a move, a doctor's plan, a swing, a form finished, a pension
POSITIVES_R227_SELFHARM = [
    "Hele aftenen tænkte jeg på pillerne i badeværelsesskabet. Til mig selv.",
    "I nat overvejede jeg rebet i garagen. Ikke til ham. Til mig selv.",
    "Jeg har udset mig en plads ved broen, hvor jeg tager hen i aften.",
    "Min klient truer med at hænge sig, hvis ydelsen stopper. Kan I kontakte ham?",
    "Der ligger et brev til min søster om hvad hun skal gøre med hunden, når det sker.",
    "Planen er lagt, og tabletterne ligger i min taske.",
    "Jeg har hængt et reb op i laden. Der er ikke andre at fortælle det til.",
    "Farvel til Fatima Ali og jer andre i huset. Jeg gør det færdigt nu.",
    "Tak for alt, Fatima. Jeg kommer ikke til noget mere.",
]
NEGATIVES_R227_SELFHARM = [
    "Jeg tænkte på gaven i butikken. Ikke til hende. Til mig selv.",
    "Jeg har fundet et sted ved stranden, hvor jeg går hen i aften med hunden.",
    "Han vil hænge sig i detaljerne, hvis sagen trækker ud.",
    "Jeg har skrevet til min bror om hvad han skal gøre med mine ting, når jeg flytter.",
    "Min plan er klar, og pillerne fra lægen er hentet på apoteket.",
    "Vi har sat et reb op i laden til børnenes gynge.",
    "Farvel til jer alle, jeg går på pension. Jeg gør det selv færdigt nu.",
    "Tak for hjælpen med skemaet. Jeg gør det selv færdigt nu.",
    "Jeg kommer ikke til noget mere i denne uge, for jeg er syg.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [*((t, True) for t in POSITIVES_R227_SELFHARM), *((t, False) for t in NEGATIVES_R227_SELFHARM)],
)
def test_r227_selfharm_means_place_rope_farewell(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 231 (r231_selfharm): indirect signs joined: a will beside living "as" something
# no longer; a pet rehomed and the bills paid with all in order; pills saved up, told pills
# first; a letter the family gets on a set day; a gun at home thought of, and "not you";
# nothing to plan after a date; no more of the writer to stop; a bridge where nobody comes
POSITIVES_R231_SELFHARM = [
    "Jeg har lavet et testamente hos advokaten. Jeg vil ikke leve som en brik i jeres spil mere.",
    "Hunden er givet til min bror, og jeg har betalt regningerne for april. "
    "Nu er det hele på plads.",
    "Sovepillerne har jeg hamstret i et halvt år.",
    "Min datter får et brev fra mig på søndag. I behøver ikke tænke mere på mig.",
    "Jeg har en pistol i skuffen og tænker tit på den. Det er ikke dig jeg vil gøre noget.",
    "Der er ingen grund til at planlægge noget efter weekenden. Tak for alt, Fatima.",
    "Tager I min ydelse, er der ikke flere borgere at fratage noget. Så har kommunen sparet en "
    "klient.",
    "Jeg har fundet et tag hvor der aldrig kommer nogen. I skal ikke tænke mere på mig.",
]
NEGATIVES_R231_SELFHARM = [
    "Jeg gider ikke leve som et nummer i jeres system længere. Find en løsning nu.",
    "Jeg har betalt regningerne for april. Nu er det hele på plads, tak for hjælpen.",
    "Tabletterne har jeg hentet på apoteket i går.",
    "Min mor får et brev fra min advokat på fredag om arven.",
    "Jeg har en riffel til jagten og tænker tit på efterårets jagt.",
    "Der er ingen grund til at planlægge noget efter jeres regler.",
    "Vi har fundet en bro hvor der ikke kommer mange biler, så børnene kan cykle.",
    "Så har I sparet en borger for en masse papirarbejde.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [*((t, True) for t in POSITIVES_R231_SELFHARM), *((t, False) for t in NEGATIVES_R231_SELFHARM)],
)
def test_r231_selfharm_indirect_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 235 (r235_selfharm): indirect signs joined: pills laid out and counted; life said
# to be over with a plan and the means; pills ordered online; every other meeting cancelled
# too; letters laid out on a table; a parent who is "an expense"; one's place given away beside
# a will; a height "high enough" after a contrast; a pet left with family in a list
POSITIVES_R235_SELFHARM = [
    "Jeg har hældt tabletterne ud foran mig og tæller dem. Jeg kan ikke mere.",
    "Mit liv er forbi. Jeg har lavet en plan og har hvad jeg skal bruge.",
    "Jeg har bestilt Zopiclon online. Jeg orker ikke det hele mere.",
    "Jeg kommer ikke til samtalen på mandag eller til noget andet møde. Tak for alt.",
    "Jeg har lagt brevet frem på spisebordet. I skal ikke bekymre jer om min sag mere.",
    "Ungerne får det nemmere uden en mor som kun er en udgift for samfundet. "
    "Jeg har købt et reb.",
    "Jeg har skrevet testamente. Giv bare min plads på holdet til en anden.",
    "Taget på p-huset er ikke så højt, men det er højt nok.",
    "Hunden er hos min mor og bilen er solgt. Jeg har sat alt i orden.",
]
NEGATIVES_R235_SELFHARM = [
    "Jeg tæller pillerne hver aften og tæller dem igen om morgenen, for apoteket laver fejl.",
    "Mit liv er slut, hvis I tager min bolig fra mig.",
    "Jeg har lavet en plan for min jobsøgning og har det jeg skal bruge af materialer.",
    "Jeg har bestilt medicin på nettet, fordi det er billigere.",
    "Jeg kommer ikke til mødet i morgen eller til nogen andre møder, før jeg har en bisidder.",
    "Jeg har lagt brevene frem på bordet, så min bisidder kan læse dem.",
    "Giv min plads i køen til en anden, jeg har fået en lejlighed.",
    "Broen er ikke så høj, men den er høj nok til at lastbilerne kan komme under.",
    "Katten er hos min søster og jeg er på ferie i Spanien. Jeg har sat alt i orden.",
    "Min søn får det bedre uden en far der drikker. Jeg har købt reb til båden.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [*((t, True) for t in POSITIVES_R235_SELFHARM), *((t, False) for t in NEGATIVES_R235_SELFHARM)],
)
def test_r235_selfharm_indirect_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 239 (r239_selfharm): indirect signs: a relative's rope or pills and "no one must
# look for him", told by a helper; "dø" typed as "do" closing the sentence; the car driven over
# the harbour edge; no longer need pay the writer and a "solution" that saves money; death
# better than living; an absence explained as no longer being here; things packed in boxes
# with names; a height noted; the jobcentre told it need not bother more or gets its peace
POSITIVES_R239_SELFHARM = [
    "Jeg hjælper min nabo. Hun har gemt sine sovepiller, og hun siger, at ingen må lede efter "
    "hende. Hvad skal jeg gøre?",
    "Min far har et gammelt gevær i skuret og sagde, at ingen skulle søge efter ham.",
    "orker ikke mer. jeg vil bare do. undskyld",
    "Når min sag bliver lukket, kører jeg ud over molen med bilen.",
    "Jobcentret behøver ikke mere at udbetale mig noget. Det hele er snart slut.",
    "Jeg har fundet en udvej, der sparer kommunen for mange udgifter. Når I læser dette er det "
    "for sent.",
    "Jeg tror at døden vil være bedre end livet jeg har nu.",
    "Hvis nogen spørger efter mig i næste uge, er det fordi jeg ikke lever længere. "
    "Ingen vil savne mig.",
    "Taget på højhuset er ret højt, har jeg bemærket. Så skal I ikke døjes mere med mig.",
    "Mine ejendele er pakket i æsker med navne på. Jeg har sagt farvel til min bror.",
    "Katten er givet væk. Nu får I jeres fred.",
]
NEGATIVES_R239_SELFHARM = [
    "Min bror har et reb i bilen til trailer, og ingen skal lede efter ham, han er på ferie.",
    "Ingen skal lede efter min datter, hun er hos sin far.",
    "Jeg vil bare på do inden mødet.",
    "Vi kørte ud over havnekanten med båden for at fiske.",
    "Kommunen behøver ikke længere betale mig, for jeg har fået fast job.",
    "At dø er ikke bedre end at leve, siger min præst.",
    "Hvis jeg ikke svarer, er det fordi jeg ikke er her mere. Jeg er indlagt på sygehuset.",
    "Taget er ret højt, har jeg lagt mærke til, så vi skal have en længere stige.",
    "Mine ting er pakket i kasser med navne på, for vi flytter på lørdag.",
    "Så skal I ikke døjes mere med mig, jeg har fået arbejde i Aarhus.",
    "Når I har behandlet klagen, får I jeres ro.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R239_SELFHARM),
        *((t, False) for t in NEGATIVES_R239_SELFHARM),
    ],
)
def test_r239_selfharm_indirect_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 243 (r243_selfharm): indirect signs: a means said to be enough "for it to end";
# one's things given away in the present tense; a place empty or quiet at night beside a place
# found by the water; no longer being here tied to the money stopping; no reason to stay here
# any longer; a pact with oneself as a sentence of its own; going out onto a bridge if the
# money or the answer fails; nobody to try to stop or save the writer; a rope announced "just
# so you know". Near misses: pills enough for a holiday, a move, a clear-out, a place to
# sleep or watch stars, a pact with a content, a bridge to fish or protest from, defiance in a
# complaint, a rope with a use
POSITIVES_R243_SELFHARM = [
    "Der er nok tabletter i skabet til at det kan være forbi.",
    "Jeg har panodiler nok herhjemme til at det kan ende på søndag.",
    "Forærer mit tøj og mine møbler væk. Hils min søster fra mig.",
    "Jeg forærer mine plader væk i dag. Ingen kommer til at savne mig.",
    "Jeg har fundet en plads ude ved molen, hvor der er helt mørkt om natten.",
    "Har udset mig et sted ved jernbanen, hvor der ingen er om aftenen.",
    "Jeg skal ikke være her længere, når dagpengene stopper.",
    "Så er der ingen grund til at blive her længere. Jeg har sagt farvel til min datter.",
    "Uden fleksjobbet er der ingen grund til at blive her. Nøglen ligger hos naboen.",
    "Jeg har lavet en aftale med mig selv. Ingen skal prøve at stoppe mig.",
    "Hvis svaret er nej igen, kører jeg ud på motorvejsbroen. Ingen må forsøge at redde mig "
    "denne gang.",
    "Ingen skal prøve at stoppe mig. Jeg har fundet et sted ved broen.",
    "Har et reb i skuret. Bare så I ved det.",
    "Har skaffet reb. Så ved I det.",
]
NEGATIVES_R243_SELFHARM = [
    "Jeg har piller nok til at det kan række hele ferien.",
    "Lægen siger, at jeg har medicin nok hjemme til at det kan ende med en bedring.",
    "Giver mine ting væk, da vi flytter til en mindre lejlighed. Jeg skal ikke bruge dem mere, "
    "hvor jeg skal hen.",
    "Jeg giver mine gamle ting væk gratis. Jeg skal ikke bruge dem mere der hvor jeg skal hen.",
    "Jeg giver mine ting væk, for jeg skal på efterskole. Tak for alt.",
    "Vi har fundet et sted ved havnen, hvor der er stille om natten, så vi kan sove.",
    "Jeg har fundet en plads ved stranden, hvor der er helt mørkt om natten, perfekt til at se "
    "stjerner.",
    "Jeg skal ikke være her længere, når dagpengene stopper, for jeg flytter til Sverige.",
    "Jeg skal ikke være her længere, når praktikken slutter, for så starter jeg på uddannelsen.",
    "Der er ingen grund til at blive her længere, jeg flytter til Odense.",
    "Der er ingen grund til at blive her længere i venteværelset, så jeg går hjem.",
    "Jeg har lavet en aftale med mig selv om at gå en tur hver dag.",
    "Jeg har en aftale med mig selv: fem ansøgninger om ugen. Ingen skal stoppe mig.",
    "Hvis pengene kommer på fredag, går jeg ud på havnebroen og fisker med min søn.",
    "Hvis I stopper min ydelse, går jeg ud på broen og demonstrerer.",
    "Ingen skal stoppe mig i at klage til Ankestyrelsen.",
    "Har et reb til trailer i skuret. Bare så I ved det.",
    "Jeg har klaget til Ombudsmanden, bare så I ved det. Tak for alt.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R243_SELFHARM),
        *((t, False) for t in NEGATIVES_R243_SELFHARM),
    ],
)
def test_r243_selfharm_indirect_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# probe round 247 (r247_selfharm): indirect signs: "jeg vil ikke leve" in learner word order,
# the sentence ending there; the height of a bridge or a roof found out, beside an appointment
# no longer needed "after all" or the case to be closed; a plan for when the money runs out;
# what becomes of one's benefit if the writer is gone; a will left out on the table; a pact with
# oneself that "it" ends on a day; a condition and "then I know what I will do" with pills at
# hand; done "not with X – with everything". Near misses: living on little money, the height
# of a bridge for a lorry or a view, a meeting not needed because of a job, a budget plan, a
# will made at the lawyer's, a habit that ends, a complaint with "everything"
POSITIVES_R247_SELFHARM = [
    "Undskyld mit dårlige dansk. Nogle gange jeg tænker at jeg vil ikke leve.",
    "Min mand er væk og jeg er alene. Jeg ønsker ikke at leve.",
    "Jeg har tjekket hvor højt der er ned fra taget på p-huset. I kan godt aflyse samtalen.",
    "Har undersøgt hvor høj viadukten ved ringvejen er. Behøver ikke mødet på torsdag alligevel.",
    "Har lavet en plan til når dagpengene stopper i marts. Så er I fri for mig.",
    "Hvad bliver der med min pension, når jeg ikke er her mere? Jeg har sagt til min bror hvor "
    "koderne er.",
    "Mit testamente ligger på spisebordet. Jeg orker ikke mere.",
    "Jeg har lovet mig selv at det hele er forbi på fredag. Det her er min sidste besked.",
    "Hvis afslaget bliver stående, så ved jeg hvad jeg skal gøre. Pillerne ligger klar.",
    "Så er det slut. Ikke kun med kommunen, men med livet.",
]
NEGATIVES_R247_SELFHARM = [
    "Jeg vil ikke leve af 6000 kr om måneden.",
    "Min søn vil ikke leve sådan her, og det forstår jeg godt.",
    "Har undersøgt hvor høj broen er, så min lastbil kan komme under. Kan mødet flyttes?",
    "Jeg har fundet ud af hvor højt der er fra taget, for håndværkeren skal sætte stillads op.",
    "Jeg har fået job, så jeg skal ikke bruge samtalen på mandag alligevel.",
    "Jeg har lagt en plan for når pengene slipper op: jeg sælger bilen og flytter til en "
    "mindre lejlighed.",
    "Hvad sker der med min sag, hvis jeg ikke er her i juli?",
    "Jeg har skrevet mit testamente hos advokaten og lagt det på bordet til underskrift.",
    "Jeg har lovet mig selv at det slutter nu med rygningen. Det er bedst for alle.",
    "Hvis I ikke svarer, så ved jeg godt hvad jeg gør: jeg klager til Ankestyrelsen.",
    "Jeg har allerede tabletterne fra lægen, tak for hjælpen.",
    "Det er slut med de lange ventetider. Ikke kun med sagen, men med det hele, siger "
    "borgmesteren.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R247_SELFHARM),
        *((t, False) for t in NEGATIVES_R247_SELFHARM),
    ],
)
def test_r247_selfharm_indirect_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# round 251 threatB
# Others taken along "med mig" with their place after it ("derovre på kontoret", "fra
# jobcentret") and the writer's going after that: half a sign, with nothing left to lose the
# self_harm (the threat in it is test_threat's). Going home or to work, or a companion to a
# meeting, are none.
POSITIVES_R251B_TAKE_ALONG = [
    "Intet at miste nu. Lukker de min sag, tager jeg et par med mig herinde fra jobcentret, når "
    "jeg dør.",
    "Jeg har ikke noget tilbage at miste. Så tager jeg sgu nogle med mig fra kommunen, inden jeg "
    "forsvinder.",
]
NEGATIVES_R251B_TAKE_ALONG = [
    "Jeg har intet at miste. Jeg tager nogen med mig derinde på jobcentret, før jeg går hjem.",
    "Jeg tager nogen med mig derind til samtalen, før jeg går på arbejde.",
    "Jeg har ikke mere at miste, så når jeg går til mødet, tager jeg nogen med mig som bisidder.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R251B_TAKE_ALONG),
        *((t, False) for t in NEGATIVES_R251B_TAKE_ALONG),
    ],
)
def test_r251b_take_along_place_after(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm


# round 251 selfharm
# probe round 251: (1) a sign that needs its sentence to end, in a text whose writer opens no
# sentence with a capital though a town has one; (2) things given away with the subject left
# out, beside things not to be used again; (3) the papers left ready in a drawer, no word to be
# expected again, no longer a burden to anyone; (4) someone close who hands over a letter for
# their child to keep and says there is no reason to stay; (5) at a bridge, wanting only that
# someone knows. Near misses: the same words with a reason, another giver, a time after "igen",
# an occasion for the letter, a meeting that was cancelled, a notice to the jobcentre
POSITIVES_R251_SELFHARM = [
    "jeg ønsker at dø. har ikke sovet i tre nætter. min mor bor i Polen. alt er gråt",
    "jeg vil ikke leve. mistede jobbet i Vejle i sommer. intet går",
    "hej. har foræret min guitar til min storebror og mine plader til min veninde. skal aldrig "
    "bruge tingene mere.",
    "Har givet mit ur og mine bøger til min nevø. Jeg kommer ikke tilbage.",
    "Nu har jeg fået jeres svar. Alle mine papirer ligger klar i skrivebordsskuffen. I skal ikke "
    "regne med at høre fra mig mere.",
    "Jeg skal ikke længere ligge nogen til last. Testamentet ligger på køkkenbordet.",
    "Jeg skriver for min søster. Hun siger, at der ikke er nogen grund til at blive. I morges "
    "fik jeg et lukket brev til hendes søn, som jeg skal gemme.",
    "Min far gav mig en kuvert til mine børn, som jeg skulle opbevare. Han siger, at der er "
    "ingen grund til at blive.",
    "Sidder oppe på motorvejsbroen. Ville bare fortælle det til nogen.",
    "Jeg står ude på havnebroen. Jeg vil bare sikre mig, at nogen ved det.",
]
NEGATIVES_R251_SELFHARM = [
    "jeg vil ikke leve sådan. min sag i Vejle trækker ud. ring til mig",
    "jeg ønsker at dø gammel i mit hus. jeg bor i Odense. kan I hjælpe med boligstøtten",
    "min mor har givet mine gamle bøger til min søster. skal ikke bruge dem mere.",
    "Vi har givet mit gamle klaver til min datter. Skal aldrig bruge det mere.",
    "Mine papirer ligger i skuffen, men jeg kan ikke finde lønsedlen fra marts.",
    "I skal ikke regne med at høre fra mig igen før efter jul.",
    "Jeg vil ikke være til besvær, men kan I sende brevet igen?",
    "Min mor gav mig et brev til min datter, som jeg skal gemme til hendes konfirmation.",
    "Mødet blev aflyst, så der var ingen grund til at blive.",
    "Jeg står ved broen og venter på bussen. Jeg ville bare have at nogen vidste det.",
    "Min udlejer har snydt mig. Jeg ville bare have, at nogen vidste det.",
    "Jeg vil bare have at I ved det: jeg er syg i morgen.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R251_SELFHARM),
        *((t, False) for t in NEGATIVES_R251_SELFHARM),
    ],
)
def test_r251_selfharm_signs(text: str, self_harm: bool) -> None:
    labels = triage(text, "c").labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# round 255 selfharm
# probe round 255: half signs of a plan, each whole beside another (own examples, not the
# probe texts). Ideas, in order:
# - out onto a bridge tonight, a named one too
# - decided not to be here by a holiday
# - a farewell told to one's own family, no occasion given
# - the life insurance to go to a child
# - no more money needed after a date, a plan then that needs no more meetings
# - what had to be sorted is sorted
# - a place found where nobody comes, the place named before 'hvor'
# - a relative asks that someone call the person today, or is so afraid
# - pills not taken but kept, and 'now I have enough'
# - so that someone knows why when the writer does not turn up
# - proving one's illness in a way that cannot be argued with
# - a pet to live with someone who said yes
# Near misses: the same words explained by a trip, a job, a hospice, a pension, a move,
# a harmless use or a proof on paper, someone else as the finder, or standing alone
POSITIVES_R255_SELFHARM = [
    # out onto a bridge tonight, a named one too
    "Ingen vil savne mig. Jeg cykler ud på Storstrømsbroen i nat.",
    "Så kører jeg op på broen i aften. I skal ikke sende flere breve.",
    # decided not to be here by a holiday
    "Jeg har besluttet, at jeg ikke skal være her til påske. Tak for ingenting.",
    "Efter 30 år på lageret har jeg bestemt mig for at jeg ikke vil være her til sommer.",
    # a farewell told to one's own family, no occasion given
    "Jeg har sagt farvel til mine børn. I skal ikke sende mig flere breve.",
    "I søndags sagde jeg farvel til min far. Ingen vil savne mig.",
    # the life insurance to go to a child
    "Kan I hjælpe mig, så min livsforsikring går til mine børn? Det hele er snart slut for mig.",
    "Hvordan sikrer jeg, at min livsforsikring tilfalder min søn? Ingen vil savne mig alligevel.",
    # no more money needed after a date, a plan then that needs no more meetings
    "Fra den 1. har jeg ikke brug for flere penge fra jer. Min bror ved, hvor papirerne ligger.",
    "Efter nytår har jeg en plan, og den kræver ikke flere samtaler med jer. Jeg har skrevet "
    "farvel.",
    # what had to be sorted is sorted
    "Jeg har ordnet alt det der skal ordnes. I behøver ikke sende flere breve.",
    "Nu har jeg ordnet det, der skulle ordnes. Ingen vil savne mig.",
    # a place found where nobody comes, the place named before 'hvor'
    "Jeg kan ikke mere. Har fundet et hjørne nede ved havnen, hvor ingen går om natten.",
    "Jeg orker ikke mere. Jeg har udset mig et sted ved mosen, hvor der aldrig kommer nogen.",
    # a relative asks that someone call the person today, or is so afraid
    "Jeg skriver om min søn. Han har købt reb og svarer ikke. Kunne I tage ud til ham med det "
    "samme? Jeg er helt skræmt.",
    "Min far har skaffet sig en pistol. Jeg er virkelig bange.",
    # pills not taken but kept, and 'now I have enough'
    "Psykiateren tror, at jeg tager mine lykkepiller. Jeg tager dem ikke, jeg har sparet dem op.",
    "Jeg har fået sovemedicin i et år. Jeg har samlet på dem. Nu har jeg nok.",
    # so that someone knows why when the writer does not turn up
    "Jeg skriver, så I ved hvorfor, når jeg ikke møder op på torsdag. Jeg kan ikke mere.",
    "Bare så nogen ved hvorfor, hvis jeg ikke dukker op. Ingen vil savne mig.",
    # proving one's illness in a way that cannot be argued with
    "Lægen kalder mig rask. Så må jeg bevise det på en måde, som ikke kan bestrides. Jeg har sagt"
    " farvel til mine børn.",
    "I tror ikke på mig. Så må jeg vise jer det på en måde der ikke kan misforstås. Ingen vil "
    "savne mig.",
    # a pet to live with someone who said yes
    "Hunden skal bo hos min bror, han har sagt ja. Jeg har ordnet det sidste.",
    "Katten skal være hos min veninde, hun har lovet det. I behøver ikke sende flere breve.",
]
NEGATIVES_R255_SELFHARM = [
    # out onto a bridge tonight, a named one too
    "Vi går ud på Lillebæltsbroen i aften for at se fyrværkeriet. Ingen vil savne os til festen.",
    "I aften går jeg ud på Knippelsbroen og tager billeder af byen.",
    # decided not to be here by a holiday
    "Jeg har besluttet, at jeg ikke skal være her til jul – jeg rejser til min søster i Spanien.",
    "Jeg har bestemt mig for, at jeg ikke skal være her til nytår. Vi tager til Thailand.",
    # a farewell told to one's own family, no occasion given
    "Jeg sagde farvel til min mor i lufthavnen i går. I skal ikke sende flere breve til den gamle"
    " adresse.",
    "I går sagde jeg farvel til min far på hospice. Jeg orker ikke mere.",
    # the life insurance to go to a child
    "Min livsforsikring skal gå til mine børn i stedet for min eksmand. Hvem skal jeg kontakte?",
    "Min livsforsikring går til min datter, men hvordan udbetales min pension?",
    # no more money needed after a date, a plan then that needs no more meetings
    "Fra den 1. har jeg ikke brug for flere penge fra jer, for jeg har fået fast job. Min bror "
    "ved, hvor papirerne ligger.",
    "Efter den dato har jeg ikke brug for flere penge, for min pension begynder.",
    # what had to be sorted is sorted
    "Jeg har ordnet det der skal ordnes med banken og sender papirerne i morgen.",
    "Jeg har ordnet det der skal ordnes før flytningen. I behøver ikke sende flere breve til den "
    "gamle adresse.",
    # a place found where nobody comes, the place named before 'hvor'
    "Jeg orker ikke mere larm. Jeg har fundet et sted ved søen hvor der aldrig kommer nogen, der "
    "fisker jeg.",
    "Jeg kan ikke mere. Jeg har fundet et sted at sove, hvor ingen kommer.",
    "Jeg orker ikke mere. Min søn har fundet et sted i byen, hvor ingen kommer.",
    # a relative asks that someone call the person today, or is so afraid
    "Kan nogen ringe til ham i dag? Han har ikke fået sin ydelse.",
    "Min bror har købt et reb til sin båd. Kan nogen ringe til ham i dag? Jeg er så bange.",
    # pills not taken but kept, and 'now I have enough'
    "Lægen tror, jeg tager mine piller. Det gør jeg ikke, jeg har gemt dem i skabet, fordi de "
    "giver mig kvalme.",
    "Jeg samler på frimærker og har gemt dem. Nu har jeg nok.",
    "Jeg fik nye sovepiller i går. Jeg har gemt dem i skabet.",
    "Jeg har fået nye sovepiller. Jeg tør ikke tage dem, så jeg har gemt dem.",
    "Lægen tror, jeg tager mine piller. Jeg har gemt dem, så børnene ikke finder dem.",
    # so that someone knows why when the writer does not turn up
    "Jeg skriver så I ved hvorfor når jeg ikke møder op i morgen: jeg er indlagt på sygehuset.",
    "Så I ved hvorfor, hvis jeg ikke kommer på mandag. Bilen er gået i stykker.",
    # proving one's illness in a way that cannot be argued with
    "Så må jeg vise det på en måde, der ikke kan diskuteres, med en lægeerklæring.",
    "Jeg vil bevise det på en måde der ikke kan afvises. Jeg sender dokumentation fra "
    "speciallægen.",
    # a pet to live with someone who said yes
    "Hunden skal bo hos min bror, han har sagt ja, mens jeg er på ferie. Jeg har ordnet det "
    "sidste.",
    "Katten skal være hos min nabo, hun har lovet det, for jeg skal indlægges. I behøver ikke "
    "sende flere breve.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R255_SELFHARM),
        *((t, False) for t in NEGATIVES_R255_SELFHARM),
    ],
)
@pytest.mark.parametrize("register", ["a", "b", "c"])
def test_r255_selfharm_half_signs(text: str, self_harm: bool, register: str) -> None:
    labels = triage(text, register).labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# round 259 selfharm
# probe round 259: "rather hang myself than …" made real by a rope found or by a relative who
# never heard it said so calmly; hanging oneself at a named place; the phone cut off and
# nothing needed after a date; a decision not to go on, a pet promised away, the polite "De
# skal ikke bekymre Dem"; the home cleared after "og" (own examples, not the probe items)
POSITIVES_R259_SELFHARM = [
    # the hyperbole with a rope found, or never said so calmly before
    "Jeg skriver for min søn, Mikkel. Han sagde i aftes, at han hellere ville hænge sig end tage"
    " til samtalen, og i morges fandt jeg et reb under hans seng.",
    "Min kone siger, hun hellere vil hænge sig end møde op igen. Hun har sagt det mange gange, "
    "men aldrig så stille som i går.",
    # hanging oneself at a named place
    "Hvis I stopper min ydelse igen, hænger jeg mig i kælderen.",
    "Min bror har sagt til mig, at han vil hænge sig i garagen.",
    # the phone cancelled, nothing needed after a date, the last bill paid
    "Jeg har opsagt min telefon og betalt el-regningen en sidste gang. Efter fredag skal jeg ikke"
    " bruge mere.",
    "Efter den 1. får jeg ikke brug for noget mere. Jeg har sagt min mobil op og ryddet op.",
    # a decision not to go on, a pet promised away, nobody to worry about the case
    "Jeg har været syg i fire år. Jeg har bestemt mig for, at jeg ikke orker at blive ved. Hunden"
    " er lovet væk til min søster.",
    "Jeg har besluttet ikke at fortsætte. Katten er lovet til naboen, og I skal ikke bekymre jer "
    "mere om min sag.",
    "De behøver ikke bekymre Dem mere om min sag. Jeg har besluttet, at jeg ikke vil kæmpe videre.",
    # the home cleared after "og", beside another sign
    "Jeg har solgt bilen og tømt lejligheden. Katten er afleveret hos min bror.",
    "Jeg har givet min cykel væk og ryddet huset. Der er ikke mere at ordne.",
]

NEGATIVES_R259_SELFHARM = [
    # the plain hyperbole, alone or beside an ordinary request; the calm alone
    "Jeg vil hellere hænge mig end udfylde det skema en gang til.",
    "Min mand siger, han hellere vil hænge sig end gå til flere møder hos jer. Kan mødet flyttes "
    "til næste uge?",
    "Han har sagt det før, men aldrig så roligt. Han vil gerne have en ny sagsbehandler.",
    # hung up on details, a coat hung up, the chore hyperbole without a place
    "Jeg hænger mig altid i detaljerne, når jeg udfylder skemaer.",
    "Jeg hænger min jakke i trappeopgangen, når jeg kommer til mødet.",
    "Hvis jeg skal til møde én gang til, hænger jeg mig.",
    # the phone cancelled for a cheaper deal; nothing needed for a job or a pension
    "Jeg har sagt mit mobilabonnement op og fundet et billigere.",
    "Efter den 1. skal jeg ikke bruge noget mere, for jeg har fået fast arbejde.",
    "Fra nytår får jeg ikke brug for noget mere. Jeg har fået førtidspension.",
    # not going on with a placement or a course; a pet promised away before a move
    "Jeg har besluttet, at jeg ikke vil fortsætte. Praktikken passer ikke til min ryg.",
    "Jeg har besluttet, at jeg ikke vil fortsætte med kurset.",
    "Hunden er lovet væk til naboen, for jeg flytter til en lejlighed uden have.",
    # the home cleared for a move or a party
    "Jeg har pakket kasser og tømt lejligheden, for jeg flytter på fredag.",
    "Jeg har malet stuen og ryddet huset, fordi min datter har fødselsdag.",
]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        *((t, True) for t in POSITIVES_R259_SELFHARM),
        *((t, False) for t in NEGATIVES_R259_SELFHARM),
    ],
)
@pytest.mark.parametrize("register", ["a", "b", "c"])
def test_r259_selfharm_signs(text: str, self_harm: bool, register: str) -> None:
    labels = triage(text, register).labels
    assert ("self_harm" in labels) is self_harm
    assert "threat" not in labels


# round 263 selfharm
# (idea, text): each must be self_harm; the "ending it all, not alone" ones are a threat too
POSITIVES_R263_SELFHARM = [
    # taking leave of life, said as a farewell
    ("leave_life", "Tak for hjælpen gennem årene. I aften tager jeg afsked med tilværelsen."),
    ("leave_life", "Jeg har besluttet at sige farvel til livet i nat."),
    # the count of pills one "must take" looked up
    (
        "dose",
        "Jeg har søgt på nettet, hvor mange sovepiller man skal sluge. Jeg kommer ikke til "
        "samtalen.",
    ),
    (
        "dose",
        "Har undersøgt hvor mange af mine lykkepiller jeg skal sluge. Ingen skal vente på mig.",
    ),
    # the money's end as the writer's own
    ("benefit_end", "Den dag min kontanthjælp ophører, så ophører jeg også."),
    ("benefit_end", "Hvis I stopper min ydelse, stopper jeg også."),
    # things given away in a list, the phone ended at a date, no new meeting needed
    (
        "affairs",
        "Jeg har solgt sofaen, givet mit ur til min fætter og opsagt min mobil per den 1. I skal "
        "ikke sætte en ny samtale op for mig. Jeg kommer ikke til at bruge den.",
    ),
    (
        "affairs",
        "Jeg har ryddet op, betalt regningerne og givet mine bøger til min niece. I behøver ikke "
        "booke et nyt møde, jeg får ikke brug for det.",
    ),
    # giving up said plainly still counts beside another sign
    ("give_up", "Jeg giver op. Der er ingen udvej længere."),
    ("give_up", "Jeg er så træt af det hele. Jeg giver bare op."),
]

NEGATIVES_R263_SELFHARM = [
    # a way of life left behind
    ("leave_life", "Jeg har taget afsked med livet som selvstændig og søger nu job."),
    ("leave_life", "Vi sagde farvel til livet i storbyen og flyttede på landet."),
    # a dose for a fever or a day, how many one may take
    ("dose", "Jeg har googlet hvor mange panodiler man skal tage mod feber."),
    ("dose", "Har tjekket hvor mange piller jeg skal tage om dagen, lægen siger to."),
    ("dose", "Har googlet hvor mange ipren man må tage."),
    # stopping a payment of one's own, or stopping with a course
    (
        "benefit_end",
        "Når sygedagpengene stopper, så stopper jeg også med at betale til fagforeningen.",
    ),
    ("benefit_end", "Når forløbet slutter, så stopper jeg også."),
    # no new meeting because of a job; a phone moved to another company
    (
        "affairs",
        "I skal ikke sætte en ny samtale op for mig, jeg kommer ikke til at bruge den, for jeg "
        "har fået arbejde fra mandag.",
    ),
    (
        "affairs",
        "Jeg har opsagt mit mobilabonnement fra næste måned og fået et nyt hos et andet selskab.",
    ),
    # tired, but not giving up
    (
        "give_up",
        "Jeg er træt af det hele, men jeg giver aldrig op. Hvornår får jeg svar på min klage?",
    ),
    ("give_up", "Det er hårdt, og jeg er så træt af det hele, men jeg giver ikke op."),
]

# ending it all and not going alone: self_harm and threat both
POSITIVES_R263_END_NOT_ALONE = [
    "Hvis I tager min kontanthjælp, så gør jeg en ende på det hele. Men jeg dør ikke alene.",
    "Jeg tager mit eget liv, når ydelsen stopper, og jeg går ikke alene.",
]

# the words of ending something, and company to a meeting or a relative along: neither label
NEGATIVES_R263_END_NOT_ALONE = [
    "Jeg slutter det hele af med en klage, og jeg går ikke alene til mødet.",
    "Jeg stopper det hele nu. Jeg går ikke alene, min bror kommer med.",
]


@pytest.mark.parametrize(
    ("idea", "text", "self_harm"),
    [
        *((i, t, True) for i, t in POSITIVES_R263_SELFHARM),
        *((i, t, False) for i, t in NEGATIVES_R263_SELFHARM),
    ],
)
@pytest.mark.parametrize("register", ["a", "b", "c"])
def test_r263_selfharm_signs(idea: str, text: str, self_harm: bool, register: str) -> None:
    labels = triage(text, register).labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *((t, True) for t in POSITIVES_R263_END_NOT_ALONE),
        *((t, False) for t in NEGATIVES_R263_END_NOT_ALONE),
    ],
)
def test_r263_selfharm_end_all_not_alone(text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected
    assert ("threat" in labels) is expected


# round 263 threatA
# a gun taken along to the jobcentre, a meeting or a person threatens others: no means of the
# writer's own end. The gun taken out at home beside the writer's exhaustion stays self_harm
@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        (
            "Næste gang I skærer i min ydelse, tager jeg pistolen med op på kontoret. Jeg mener "
            "det.",
            False,
        ),
        ("Får jeg afslag igen, tager jeg riflen med til mødet med Per.", False),
        ("Jeg har hentet pistolen frem, og jeg orker ikke mere.", True),
        ("Jeg har taget geværet ned fra skabet, og jeg kan ikke mere.", True),
    ],
)
def test_r263a_gun_taken_to_the_jobcentre_is_no_self_harm(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm


# round 267 selfharm
# A train or bus stepped out in front of at a time told first; a plan for how the writer ends
# it all; the family spared the police's message (half a sign); not here after a date beside a
# "don't worry about me" closed by a caseworker's name; a decision not to live to a day or an
# age; someone close who tried before and now would rather die; someone close giving his or
# her things away and saying goodbye "as if" going far. A wait or a protest at the bus, a
# plan for a farewell speech, an arrest, a course or a move, a party skipped, a past attempt
# alone and an ordinary goodbye are none.
R267_SELFHARM = [
    ("time_step_out", "På lørdag træder jeg ud foran bussen ved rådhuset.", True),
    ("time_step_out", "Det er besluttet: I nat lægger jeg mig foran godstoget.", True),
    ("time_step_out", "I morgen går jeg ud foran toget og vinker til min datter, når hun kører.",
     False),
    ("time_step_out", "På fredag stiller jeg mig ud foran bussen med skilte for at protestere "
     "mod nedskæringerne.", False),
    ("plan_how_end", "Planen for hvordan jeg slutter det hele ligger klar.", True),
    ("plan_how_end", "Jeg har lagt en plan for, hvornår jeg slutter det hele, og jeg har alt, "
     "hvad jeg skal bruge.", True),
    ("plan_how_end", "Jeg har lagt en plan for hvordan jeg slutter det hele af med en tak til "
     "holdet.", False),
    ("plan_how_end", "Jeg har en plan for, hvordan jeg kommer i arbejde igen.", False),
    ("not_from_police", "Jeg har lagt en plan for hvornår. Jeg skriver, så min søn ikke skal "
     "have besked fra politiet.", True),
    ("not_from_police", "Jeg har en plan for hvornår. Jeg siger det nu, så min mor ikke skal "
     "få det at vide af politiet.", True),
    ("not_from_police", "Jeg skriver, så min mor ikke skal høre det fra politiet, at jeg blev "
     "anholdt i går.", False),
    ("not_from_police", "Jeg skriver selv, så min søn ikke skal have besked fra politiet først.",
     False),
    ("after_date", "Fra den 3. er jeg jo ikke her længere. I skal ikke bekymre jer om mig, "
     "Sofie Holm.", True),
    ("after_date", "Pengene rækker til nytår, og efter nytår er jeg her alligevel ikke mere. Du "
     "skal ikke bekymre dig om mig, Per Storm.", True),
    ("after_date", "Efter den 1. er jeg her ikke mere, for jeg flytter til Aarhus. Du skal ikke "
     "bekymre dig om mig, Sofie Holm.", False),
    ("after_date", "I skal ikke bekymre jer om mig, Sofie Holm. Min læge følger mig tæt.",
     False),
    ("decided_day", "Jeg har besluttet, at jeg ikke skal opleve endnu en jul.", True),
    ("decided_day", "Jeg har truffet beslutningen om, at jeg ikke kommer til at fylde 40.", True),
    ("decided_day", "Jeg har besluttet, at jeg ikke vil fejre min fødselsdag i år.", False),
    ("decided_day", "Jeg har bestemt mig for, at jeg ikke vil opleve endnu en jul på "
     "kontanthjælp, så jeg søger job i hele landet.", False),
    ("tried_before", "Min søster har tidligere prøvet at tage livet af sig, og nu siger hun, at "
     "hun hellere vil dø end at miste lejligheden.", True),
    ("tried_before", "Hun har en gang før forsøgt selvmord. I går sagde hun, at hun hellere "
     "ville dø end at starte i praktik igen.", True),
    ("tried_before", "Min søn har tidligere forsøgt selvmord og er nu i behandling. Han kan ikke "
     "komme til mødet.", False),
    ("tried_before", "Han har før forsøgt at tage sit liv. Kan I flytte hans samtale?", False),
    ("takes_leave", "Min far forærede sin cykel og sine plader til naboen og sagde farvel til "
     "hele opgangen. Han sagde, at når pengene slipper op, så er det slut.", True),
    ("takes_leave", "Min søster gav sit smykke til min datter og sagde farvel til os, som om hun "
     "aldrig skulle se os igen.", True),
    ("takes_leave", "Min bror gav sin sofa til min søn og sagde farvel, for han flytter til "
     "Aalborg.", False),
    ("takes_leave", "Han sagde farvel til os, som om han skulle langt væk. Han skal til Thailand "
     "i tre måneder.", False),
    ("takes_leave", "Min mor gav sine gamle bøger til biblioteket og sagde farvel til damerne "
     "der.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R267_SELFHARM)  # fmt: skip
def test_r267_selfharm_signs(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# stop 40 (set 277's first pass): "when the benefit stops, I have stopped too", in the
# perfect and closing its sentence; stopped doing something is a plain fact
STOP40_STOPPED_TOO = [
    ("Når kontanthjælpen stopper i marts, så er jeg også stoppet.", True),
    ("Hvis dagpengene slutter, er jeg også færdig. Det har jeg besluttet.", True),
    ("Hvis kontanthjælpen stopper, så er jeg også stoppet med at betale husleje.", False),
    ("Når forløbet slutter, er jeg også færdig med min uddannelse.", False),
]


@pytest.mark.parametrize(("text", "self_harm"), STOP40_STOPPED_TOO)
def test_stop40_stopped_with_the_benefit(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text).labels) is self_harm


# round 271 selfharm
# Self-harm hinted by steps beside each other: a means and "it will sort itself out", a last
# post with parting words, not coming home after a place found, pills bought in several shops
# and hidden, nothing needed or all settled when the money ends, a letter left, the life
# insurance to the family, papers put in order for a relative, a bridge when the money is
# spent and a relative's word that it is meant. Each half sign alone, and the same words with
# an ordinary use, are none.
R271_SELFHARM = [
    ("means_solves", "Min mor har skaffet sig sovepiller, og hun siger, at så ordner det hele "
     "sig af sig selv.", True),
    ("means_solves", "Jeg har købt et reb, og det løser sig af sig selv efter nytår.", True),
    ("means_solves", "Jeg har købt et reb til båden, og det løser sig af sig selv med "
     "fortøjningen.", False),
    ("means_solves", "Min sag om boligstøtte løser sig af sig selv, siger min rådgiver.", False),
    ("hug_farewell", "Dette er min sidste besked herinde. Pas godt på hinanden og giv jeres "
     "unger et ekstra knus fra mig.", True),
    ("hug_farewell", "Det her er mit sidste opslag her. Jeg har kæmpet mod systemet i ni år. Nu "
     "er jeg færdig. Kram jeres kære fra mig.", True),
    ("hug_farewell", "Glædelig jul til hele gruppen. Pas godt på hinanden og kram jeres børn.",
     False),
    ("hug_farewell", "Jeg har kæmpet med det skema hele aftenen. Nu er jeg færdig.", False),
    ("not_home", "Jeg har fundet et sted ved havnen, hvor ingen kommer. I nat tager jeg derned, "
     "og jeg kommer ikke hjem igen.", True),
    ("not_home", "Jeg har udset mig et hjørne i skoven, hvor der ikke kommer nogen. Jeg går "
     "derud i morgen, og jeg kommer aldrig hjem igen.", True),
    ("not_home", "Dette er mit sidste opslag herinde. Jeg flytter til Thailand, og jeg kommer "
     "ikke hjem igen.", False),
    ("not_home", "Jeg kommer ikke hjem igen før på søndag.", False),
    ("pills_hidden", "Jeg har købt sovepiller på tre forskellige apoteker, så ingen ser det.",
     True),
    ("pills_hidden", "Jeg har samlet pamoler i flere butikker. Det bliver min udvej, hvis "
     "afklaringen ender med et nej.", True),
    ("pills_hidden", "Jeg har købt panodiler i fire butikker, fordi de var udsolgt, og min "
     "hovedpine er slem.", False),
    ("pills_hidden", "Jeg har købt sovepiller på recept, så ingen opdager det på arbejdet.",
     False),
    ("money_no_need", "Jeg har givet min kat til genboen. Når kontanthjælpen slutter til marts, "
     "får jeg ikke brug for noget mere.", True),
    ("money_no_need", "Jeg har givet min hund til naboen. Hvis ydelsen stopper, skal jeg ikke "
     "bruge mere.", True),
    ("money_no_need", "Når dagpengene stopper, har jeg ikke brug for mere, for jeg starter i "
     "job hos Vestas.", False),
    ("money_no_need", "Når pengene stopper, har jeg ikke brug for mere end et par måneder.",
     False),
    ("all_sorted", "Inden kontanthjælpen stopper, har jeg fået ordnet det hele. "
     "Livsforsikringen går til mine børn.", True),
    ("all_sorted", "Brevet til min søn ligger på sofabordet. Livsforsikringen er sat til at gå "
     "til min datter. I behøver ikke indkalde mig til flere samtaler.", True),
    ("all_sorted", "Inden dagpengene stopper, har jeg ordnet det hele, for jeg flytter til "
     "Aarhus og har fået job.", False),
    ("all_sorted", "Jeres brev ligger i skuffen, jeg har ikke åbnet det endnu.", False),
    ("papers_for_kin", "Jeg har styr på mine papirer, så min søn ikke skal rode med noget, og "
     "hunden er givet væk til naboen.", True),
    ("papers_for_kin", "Jeg har ordnet alle mine papirer, så min datter ikke får besvær. "
     "Katten er givet væk til min søster.", True),
    ("papers_for_kin", "Jeg har ordnet mine papirer hos advokaten, så min datter ikke får "
     "besvær med arven.", False),
    ("papers_for_kin", "Jeg har ordnet mine papirer, så min mand ikke skal bøvle med "
     "selvangivelsen.", False),
    ("bridge_money", "Jeg er bisidder for min søster. Hun siger, hun cykler op på broen, når "
     "pengene er brugt op. Hun mener det.", True),
    ("bridge_money", "Jeg har fuldmagt fra min far. I går sagde han, at han kører ud til "
     "Lillebæltsbroen, når de sidste penge er brugt. Han mener det alvorligt.", True),
    ("bridge_money", "Min bror kører ud til broen, når pengene er brugt, for at fiske med sine "
     "venner.", False),
    ("bridge_money", "Han sagde, at sagen var forkert behandlet. Han mener det.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R271_SELFHARM)  # fmt: skip
def test_r271_selfharm_signs(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 271 threatA
# (text, self_harm, threat): the writer and someone else taken to the grave together is the
# writer's own death told (self_harm), and a threat where a member of staff goes along
R271A_GRAVE_BOTH = [
    ("Lukker I min sag, tager jeg både mig selv og min rådgiver med i døden.", True, True),
    ("Så tar jeg Per Storm og mig selv med i graven, det lover jeg.", True, True),
    ("Jeg tager både mig selv og min søn med i skoven på søndag.", False, False),
    ("Jeg tager både mig selv og min sagsbehandler med i betragtning, når jeg skriver "
     "klagen.", False, False),
]


@pytest.mark.parametrize(("text", "self_harm", "threat"), R271A_GRAVE_BOTH)
def test_r271a_myself_and_another_to_the_grave(text: str, self_harm: bool, threat: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm
    assert ("threat" in labels) is threat


# round 279 selfharm
# (idea, text, self_harm): signs told through acts and plans — exhaust in a shut garage, pills
# fetched at once and a plan that waits for an answer, a relative's thought of hanging, a
# weapon meant for the writer, shutting down for good, money for one's own funeral, nothing to
# wait for, out of reach after a date, a rope at a hanging place, pills bought unasked and a
# time set, the drop measured; beside each, the ordinary reading that must stay unflagged
R279_SELFHARM = [
    ("exhaust", "I nat sad jeg ude i garagen i bilen, motoren i gang og garagedøren lukket.", True),
    ("exhaust", "Porten var lukket, og jeg lod motoren være tændt i en halv time i garagen.", True),
    ("exhaust", "Jeg varmede bilen op i garagen med motoren kørende og porten åben.", False),
    ("exhaust", "Bilen står i garagen med porten lukket, for motoren er gået i stykker.", False),
    ("hoard_wait", "Jeg har samlet hele min medicin på en gang. Når klagen er afvist, ved jeg "
     "hvad jeg skal gøre.", True),
    ("hoard_wait", "Jeg indløste alle mine recepter på samme tid. Når brevet kommer, ved jeg "
     "præcis hvad jeg skal gøre.", True),
    ("hoard_wait", "Jeg har hentet alle mine recepter på én gang, fordi jeg skal på ferie i "
     "Spanien.", False),
    ("hoard_wait", "Når afgørelsen kommer, ved jeg hvad jeg skal gøre: så klager jeg.", False),
    ("close_hang", "Min datter fortæller, at hun tænker på at hænge sig, når hun mister "
     "boligen.", True),
    ("close_hang", "Jeg er bisidder for Kim. Han har talt om at hænge sig, hvis ydelsen "
     "stopper.", True),
    ("close_hang", "Min søn tænker på at hænge sig i småting, når han læser breve.", False),
    ("close_hang", "Hun tænker på at hænge billeder op i den nye lejlighed.", False),
    ("weapon", "Jeg har lånt en riffel af min nabo. Den er til mig selv, ikke til jer.", True),
    ("weapon", "Jeg fik fat i en kniv i går. Den er til mig selv, ikke til jer.", True),
    ("weapon", "Jeg har en riffel til skydeklubben. Den er til mig selv, ikke til andre.",
     False),
    ("weapon", "Jeg har købt en ny kniv. Den er ikke til dig, men til min bror i gave.", False),
    ("shut_down", "Jeg har lavet et testamente. Når pengene stopper, slukker jeg bare for "
     "godt.", True),
    ("shut_down", "Testamentet er skrevet. Lukker I sagen, så lukker jeg ned for godt.", True),
    ("shut_down", "Når I lukker min sag, lukker jeg butikken ned for godt.", False),
    ("shut_down", "Jeg har skrevet testamente hos advokaten. Vi lukker kiosken ned for godt til "
     "sommer.", False),
    ("funeral_money", "Send venligst min sidste ydelse til min bror i stedet for mig. Han skal "
     "bruge pengene til min bisættelse.", True),
    ("funeral_money", "Lad udbetalingen gå til min datter i stedet for mig. De skal betale for "
     "min egen begravelse.", True),
    ("funeral_money", "Min mor skal bruge pengene til min fars begravelse.", False),
    ("funeral_money", "Kan udbetalingen gå til min søster i stedet for mig i denne måned?", False),
    ("nothing_to_wait", "Testamentet er klar, og jeg har betalt min bisættelsesforsikring. Der "
     "er intet at vente på mere.", True),
    ("nothing_to_wait", "Jeg har skrevet et testamente og har styr på alt det andet. Der er "
     "ingenting at vente på nu.", True),
    ("nothing_to_wait", "Jeg har skrevet testamente og tegnet min begravelsesforsikring, som "
     "banken rådede mig til.", False),
    ("nothing_to_wait", "Der er ikke noget at vente på længere, svaret kom i går.", False),
    ("after_date", "Jeg har skrevet testamente. Ringer I efter den 3., svarer jeg ikke.", True),
    ("after_date", "Min kat har fået et nyt hjem hos naboen. Du behøver ikke bruge mere tid på "
     "mig efter mandag.", True),
    ("after_date", "Efter den 3. svarer jeg ikke, for jeg er på ferie i to uger.", False),
    ("after_date", "Du behøver ikke bruge mere tid på min sag efter mandag, jeg starter i job.",
     False),
    ("rope_place", "Jeg har et reb på loftet. Ingen har spurgt, hvordan jeg har det.", True),
    ("rope_place", "Afslaget kom i dag. Jeg har stadig et reb i kælderen.", True),
    ("rope_place", "Jeg har et reb i garagen. Det bruger vi til at trække båden op.", False),
    ("rope_place", "Jeg har et reb i haven til gyngen.", False),
    ("unasked_tonight", "Jeg har købt sovepiller på flere apoteker, så ingen ville undre sig.",
     True),
    ("unasked_tonight", "Jeg har samlet pamoler i et glas. Det sker i nat.", True),
    ("unasked_tonight", "Jeg har købt panodiler mod hovedpinen, så ingen ville spørge på "
     "arbejdet.", False),
    ("unasked_tonight", "Jeg har købt piller til katten. Det bliver i aften.", False),
    ("drop", "Jeg har tjekket hvor langt der er ned fra taget. Ingen vil savne mig.", True),
    ("drop", "Jeg har regnet ud hvor højt der er ned fra altanen. Det er højt nok.", True),
    ("drop", "Jeg har målt hvor højt der er ned fra altanen, så håndværkeren kan lave nyt "
     "rækværk.", False),
    ("drop", "Altanen på 5. sal skal repareres. Den er høj nok til en markise.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R279_SELFHARM)  # fmt: skip
def test_r279_selfharm_acts_and_plans(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 287 selfharm
R287_SELFHARM = [
    ("edge_jump", "Jeg står oppe på rækværket på p-huset. Aner ikke om jeg tør springe.", True),
    ("edge_jump", "Sidder på kanten af taget lige nu. Er ikke sikker på om jeg tør springe "
     "eller ej.", True),
    ("edge_jump", "Vi står på vippen i svømmehallen, og jeg ved ikke om jeg tør hoppe.", False),
    ("edge_jump", "Vi sad på kanten af broen og spiste is. Jeg ved ikke om jeg tør hoppe fra "
     "vippen.", False),
    ("again", "Jeg blev hentet af ambulancen i fredags efter at have slugt en overdosis. Jeg "
     "kan ikke love, at jeg ikke prøver igen.", True),
    ("again", "I sidste måned tog jeg en overdosis, og jeg ved ikke om jeg ikke gør det igen. "
     "Kan vi flytte mødet?", True),
    ("again", "Jeg glemte mødet i går, og jeg er ikke sikker på, at jeg ikke gør det igen.",
     False),
    ("again", "Min nabo tog en overdosis sidste år. Det var frygteligt.", False),
    ("floor", "Får jeg afslag igen, så hopper jeg ud fra 6. sal.", True),
    ("floor", "Jeg kan ikke klare flere møder. Næste uge springer jeg ud fra 7. etage.", True),
    ("floor", "Da det brændte i opgangen, hoppede min nabo ud fra 1. sal.", False),
    ("floor", "Hvis der går ild i køkkenet, springer jeg ud fra 2. sal ad brandtrappen.", False),
    ("close_rope", "Min søster siger, at hun ikke orker at leve mere, og jeg fandt et reb i "
     "hendes kælder.", True),
    ("close_rope", "Jeg hjælper min far med sagen. Han har skrevet til mig, at han ikke vil "
     "leve længere. I går fandt jeg et reb i hans bil.", True),
    ("close_rope", "Min mor siger, at hun ikke vil leve uden sin hund.", False),
    ("close_rope", "Min bror har sagt, at han ikke kan leve af kontanthjælpen.", False),
    ("sold_rid", "Jeg har solgt alle mine ting på nettet. Så er I snart fri for bøvlet med mig.",
     True),
    ("sold_rid", "Har givet alle mine møbler væk. Kommunen slipper snart for besværet.", True),
    ("sold_rid", "Jeg har solgt alle mine ting, fordi jeg flytter til Spanien i maj.", False),
    ("sold_rid", "I slipper snart for besværet, for jeg er startet i job på mandag.", False),
    ("end_it", "Jeg orker ikke mere. Jeg overvejer at gøre det slut i aften.", True),
    ("end_it", "Jeg kan ikke mere. Jeg har tænkt mig at gøre det slut på fredag.", True),
    ("end_it", "Jeg kan ikke mere. Jeg tænker at gøre det slut med min kæreste i aften.", False),
    ("end_it", "Vores forhold holder ikke. Jeg tænker at gøre det slut i weekenden.", False),
    ("no_letters", "Jeg har sagt min lejlighed op og betalt min sidste regning. Der er ingen "
     "grund til, at I sender flere breve.", True),
    ("no_letters", "Der er ingen grund til, at I sender flere breve, jeg flytter til Odense.",
     False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R287_SELFHARM)  # fmt: skip
def test_r287_selfharm_signs_together(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 293 selfharm
# Acts and plans that say goodbye: a plan for the day the money stops, a pet and one's codes
# handed on, no one left to read letters, the rest of the money to one's children, the
# jobcentre with nothing left to take after a date, a long time on a bridge and unsure of
# daring next time, on a roof now and jumping, someone seeing no way out but taking their
# life, a person taken along into death, thanks to the only one who listened, papers in order
# for kin, deep water found and a last word, a goodbye and no more calls. Each with near
# misses: a move, a job, a trip, a budget, a bath, a secret kept to the grave.
R293_SELFHARM = [
    ("plan_money", "Når kontanthjælpen slutter den 1., har jeg lagt en plan. Hunden skal hen "
     "til min søster.", True),
    ("plan_money", "Ydelsen stopper i januar. Jeg har lavet en plan for den dag. Jeg har "
     "ordnet det med hunden.", True),
    ("plan_money", "Når dagpengene stopper, har jeg en plan: jeg flytter hjem til mine "
     "forældre.", False),
    ("plan_money", "Når ydelsen stopper, har jeg en plan med et budget, så jeg kan betale "
     "huslejen.", False),
    ("plan_money", "Vi har lagt en plan for sommerferien, når pengene fra feriekassen kommer.",
     False),
    ("codes", "Jeg har givet min søster koden til min telefon. Så behøver ingen at tænke mere "
     "på mig.", True),
    ("codes", "Har sendt adgangskoderne til min datter. Hunden skal over til naboen.", True),
    ("codes", "Jeg har givet min søster koden til min telefon, mens jeg er på ferie.", False),
    ("codes", "Katten skal over til naboen, mens jeg er indlagt på hospitalet.", False),
    ("no_reader", "Efter nytår er der ingen til at åbne posten. I kan lige så godt stoppe med "
     "at sende breve.", True),
    ("no_reader", "Efter nytår er der ingen til at åbne posten, for jeg flytter til Aarhus.",
     False),
    ("rest_money", "Jeg har skrevet et brev til min søn. Sørg for at han får resten af mine "
     "penge.", True),
    ("rest_money", "Min søn får resten af mine penge, når jeg har betalt regningen.", False),
    ("nothing_to_take", "Jeg har foræret min cykel til min nabo. Efter fredag har I ikke mere "
     "at tage fra mig.", True),
    ("nothing_to_take", "Jeg har besluttet mig. Der er ikke noget I kan tage fra mig efter "
     "den 15.", True),
    ("nothing_to_take", "Der er ikke mere I kan tage fra mig. Jeg har intet.", False),
    ("nothing_to_take", "Jeg har besluttet mig. Efter fredag starter jeg i job, og så har I "
     "ikke mere at tage fra mig.", False),
    ("stood_dare", "Jeg sad oppe på taget i over en time i nat. Jeg ved ikke, om jeg tør "
     "næste gang.", True),
    ("stood_dare", "Stod på togbroen i timevis i går. Aner ikke om jeg tør gøre det næste "
     "gang.", True),
    ("stood_dare", "Vi stod på broen i en halv time og så på solnedgangen.", False),
    ("stood_dare", "Jeg ved ikke, om jeg tør næste gang, vippen i svømmehallen er høj.", False),
    ("jump_now", "Jeg sidder oppe på taget af p-huset nu og hopper om lidt.", True),
    ("jump_now", "jeg står på motorvejsbroen nu og så springer jeg", True),
    ("jump_now", "Jeg står på badebroen nu og springer i om lidt, vandet er dejligt.", False),
    ("jump_now", "Jeg står på broen nu og venter på bussen.", False),
    ("no_way_out", "Min bror sagde i går, at han ikke ser nogen anden udvej end at tage sit "
     "eget liv.", True),
    ("no_way_out", "Jeg kan ikke se anden løsning end at tage mit eget liv.", True),
    ("no_way_out", "Jeg ser ingen anden udvej end at klage over afgørelsen.", False),
    ("no_way_out", "Han ser ingen anden løsning end at tage sit barn med til mødet.", False),
    ("only_one", "Du har været den eneste, som gad lytte på mig. Jeg har givet alle mine ting "
     "væk.", True),
    ("only_one", "Du var den eneste der ville høre efter. Jeg ville bare sige farvel.", True),
    ("only_one", "Du var den eneste der gad høre efter på mødet. Tak for hjælpen.", False),
    ("only_one", "Du har været den eneste, der har talt ordentligt til mig. Jeg starter i job "
     "på mandag.", False),
    ("papers_kin", "Jeg har sat mine papirer i orden, så min søster ikke skal stå med det hele "
     "bagefter. Du var den eneste der gad lytte.", True),
    ("papers_kin", "Jeg har sat mine papirer i orden, så min søster ikke skal stå med det "
     "bagefter. Jeg flytter på plejehjem.", False),
    ("deep_water", "Har fundet en sø, hvor vandet er dybt. Dette er det sidste, du hører fra "
     "mig.", True),
    ("deep_water", "Jeg har fundet et sted ved havnen, hvor vandet er dybt nok. Jeg har "
     "besluttet mig.", True),
    ("deep_water", "Vi har fundet et sted ved stranden, hvor vandet er dybt nok til at svømme.",
     False),
    ("deep_water", "Dette er det sidste, I hører fra mig, før klagen går til Ankestyrelsen.",
     False),
    ("goodbye_calls", "Jeg har sagt farvel til min bror i dag. I skal ikke ringe mere om "
     "samtalen.", True),
    ("goodbye_calls", "har sagt farvel til min far. du behøver ikke ringe mere om mødet", True),
    ("goodbye_calls", "Du behøver ikke ringe mere, jeg har fået et job.", False),
    ("goodbye_calls", "Jeg skal ikke bruge min playstation mere, jeg er blevet for gammel til "
     "den. Den skal til min nevø.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R293_SELFHARM)  # fmt: skip
def test_r293_selfharm_acts_and_plans(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# a person taken along into death: self_harm and threat both; a secret kept to the grave neither
R293_INTO_DEATH = [
    ("Får jeg afslag, så tager jeg dig med mig i graven.", True),
    ("Stopper I min ydelse, tager jeg rådgiveren med mig i døden.", True),
    ("Den hemmelighed tager jeg med mig i graven.", False),
    ("Det tager jeg med mig i graven, det lover jeg.", False),
]


@pytest.mark.parametrize(("text", "both"), R293_INTO_DEATH)  # fmt: skip
def test_r293_selfharm_person_into_death(text: str, both: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is both
    assert ("threat" in labels) is both


# round 299 selfharm
R299_SELFHARM = [
    # a bridge, a rope or the pills as the one thing left
    ("only_left", "Tager I også boligstøtten, har jeg kun rebet tilbage for mig.", True),
    ("only_left", "Når kontanthjælpen forsvinder, så er der kun togskinnerne tilbage.", True),
    ("only_left", "Vi har malet hele huset, og der er kun broen tilbage at male.", False),
    ("only_left", "Af hele turen har vi kun broen tilbage at se i morgen.", False),
    # a plan after the money stops: days counted, a plan for no one else, a key with kin
    ("plan_after_money", "Dagpengene ophører i maj, så jeg har penge til 9 dage. Bagefter har "
     "jeg en plan. Min bror ved, hvor reservenøglen ligger.", True),
    ("plan_after_money", "Jeg har lagt min egen plan, og den involverer hverken jer eller "
     "andre. Min veninde ved, hvor nøglerne er.", True),
    ("plan_after_money", "Jeg har penge til 9 dage. Bagefter har jeg en plan med en "
     "betalingsaftale hos banken.", False),
    ("plan_after_money", "Min søster ved, hvor nøglen ligger, hvis I skal ind og læse måleren.",
     False),
    # the pills to be taken on the day the money stops
    ("pills_on_day", "Jeg har talt alle mine piller. Når ydelsen slutter, sluger jeg dem alle.",
     True),
    ("pills_on_day", "Mine tabletter ligger klar i skabet. Når kontanthjælpen stopper, tager "
     "jeg dem.", True),
    ("pills_on_day", "Når pengene stopper, tager jeg dem med til min mor, så børnene kan spise.",
     False),
    ("pills_on_day", "Når dagpengene slutter, tager jeg dem op til revision med min a-kasse.",
     False),
    # an apology for everything to one's own children
    ("sorry_children", "Jeg kan ikke holde det ud længere. Jeg har skrevet et brev til mine "
     "døtre og bedt om tilgivelse for alt.", True),
    ("sorry_children", "Der er intet at stå op til mere. Har sagt undskyld til mine sønner for "
     "det hele.", True),
    ("sorry_children", "Jeg har sendt en sms til mine børn og sagt undskyld for "
     "aflysningen.", False),
    ("sorry_children", "Jeg har skrevet til mine børn og sagt undskyld for det hele efter "
     "skilsmissen.", False),
    # a rope bought and the place to hang it known
    ("rope_place", "Har skaffet et reb og har besluttet hvor det skal hænge.", True),
    ("rope_place", "Jeg har købt et reb. Jeg skriver bare så nogen ved det, inden det er for "
     "sent.", True),
    ("rope_place", "Vi har købt et nyt maleri og ved allerede hvor det skal hænge.", False),
    ("rope_place", "Jeg vil have at nogen ved det før det er for sent med fugten i "
     "kælderen.", False),
    # a relative found beside empty pills
    ("empty_pills", "Jeg er bisidder for min søn. I morges fandt jeg ham med tomme "
     "pilleæsker. Han ligger på sygehuset nu.", True),
    ("empty_pills", "Min far sagde, at han hellere ville dø end at starte forfra. I går "
     "fandt jeg ham ved en tom pakke sovepiller.", True),
    ("empty_pills", "Jeg fandt min gamle pilleæske i skuffen, og den var tom.", False),
    ("empty_pills", "Apoteket sendte pillerne. Jeg er indlagt til en knæoperation.", False),
    # no longer anyone's problem
    ("nobodys_problem", "Når ydelsen slutter i maj, har jeg en plan. Så bliver jeg ikke "
     "længere en byrde for nogen.", True),
    ("nobodys_problem", "Sygedagpengene stopper i oktober, og så har jeg en plan. Så er jeg "
     "ikke nogens problem mere.", True),
    ("nobodys_problem", "Jeg er ikke nogens problem, jeg klarer mig selv.", False),
    ("nobodys_problem", "Når jeg starter i job, er jeg ikke nogens problem længere.", False),
    # a relative: easier for all if he were gone, a pet kept for ever
    ("close_gone", "Jeg hjælper min nabo. Han siger, det ville være bedre for os alle, hvis "
     "han ikke var her mere.", True),
    ("close_gone", "Min datter har sagt, at det ville være nemmere for familien, hvis hun "
     "ikke var til længere.", True),
    ("close_gone", "Det ville være lettere for alle, hvis han ikke var her til mødet.", False),
    ("close_gone", "Min søster spurgte, om jeg vil passe hendes hund for altid, for hun "
     "flytter til Norge.", False),
    # things handed on to keep, and it all soon over
    ("keeping", "Min mor siger hele tiden, at det hele snart er forbi. Hun har givet mig "
     "sine smykker og sin mappe til opbevaring.", True),
    ("keeping", "Han skrev at det hele snart bliver slut og gav mig sin pung og sine "
     "nøgler til opbevaring.", True),
    ("keeping", "Hun har givet mig sine smykker til opbevaring, mens hun er på ferie.", False),
    ("keeping", "Sagsbehandleren siger, at det hele snart er ovre med byggeriet.", False),
    # no use for one's things after a day
    ("no_use_after", "Gratis: mit tv og min sofa. Efter søndag har jeg ingen brug for dem "
     "mere. I har vundet.", True),
    ("no_use_after", "Alt mit tøj må hentes. Efter den 3. får jeg ikke brug for noget af "
     "det længere. Jobcentret har vundet.", True),
    ("no_use_after", "Efter søndag får jeg ikke brug for cyklen mere, for jeg starter i job.",
     False),
    ("no_use_after", "Efter weekenden får jeg ikke brug for nogen af dem mere, for "
     "sæsonen er slut.", False),
    # the flat given notice, the pet rehomed, all sorted when the money stops
    ("sorted", "Når kontanthjælpen stopper i marts, har jeg ordnet det hele. Huset er sagt "
     "op og hunden har fået nye ejere.", True),
    ("sorted", "Når pengene stopper, har jeg ordnet det hele. Min lejlighed er opsagt, og "
     "kaninen har fået et godt hjem.", True),
    ("sorted", "Min lejlighed er sagt op, og så er det slut med den.", False),
    ("sorted", "Lejligheden er opsagt, og katten har fået et nyt hjem, for vi flytter til "
     "Spanien.", False),
    ("sorted", "Hunden har fået et nyt hjem, fordi min søn er allergisk.", False),
    # the idiom taken back at once is no wish to die
    ("not_literal", "Det skema har taget livet af mig, billedligt talt.", False),
    ("not_literal", "Tre års venten har taget livet af mig, ikke bogstaveligt, men næsten.",
     False),
    ("not_literal", "Jeg vil tage livet af mig, og det er ikke i overført betydning.", True),
    ("not_literal", "Jeg har planlagt at tage livet af mig på søndag.", True),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R299_SELFHARM)  # fmt: skip
def test_r299_selfharm_plans_and_signs(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 307 selfharm
R307_SELFHARM = [
    # someone close will harm themselves, told in the third person
    ("close_harms", "Min datter har sagt til sin lærer, at hun vil gøre sig selv noget.", True),
    ("close_harms", "Jeg hjælper min nabo med hans sag. Vi frygter, at han gør sig selv "
     "fortræd igen.", True),
    ("close_harms", "Jeg er bange for, at han vil gøre mig noget, når han får brevet.", False),
    ("close_harms", "Min søn burde gøre sig selv en tjeneste og læse brevet.", False),
    # a jump from a named bridge after a condition
    ("jump_if", "Mister jeg boligen, kaster jeg mig ud fra Storebæltsbroen.", True),
    ("jump_if", "Hvis I stopper min hjælp, hopper jeg ud fra broen ved havnen.", True),
    ("jump_if", "Når det bliver sommer, springer jeg ud fra badebroen hver morgen.", False),
    ("jump_if", "Hvis I flytter mødet, kører jeg over Lillebæltsbroen i stedet.", False),
    # one's own solution, no one paying for one, a goodbye passed on
    ("own_way", "Du skal ikke tænke mere på min sag. Jeg har fundet min egen udvej. Hils "
     "holdet og sig farvel fra mig.", True),
    ("own_way", "Der er ingen, der skal forsørge mig mere. Jeg har fundet min egen "
     "løsning.", True),
    ("own_way", "Jeg har fundet min egen løsning på pasningen, så mødet kan holdes.", False),
    ("own_way", "Hils Karen og sig farvel fra mig, jeg er startet i nyt job.", False),
    # the last thing sorted, a clause going on, and thanks for trying
    ("last_sorted", "Jeg har nu klaret det sidste og behøver ingen ny tid. Tak fordi I "
     "prøvede.", True),
    ("last_sorted", "Jeg har fået ordnet det sidste, og nu er der ikke mere. Tak for at "
     "prøve.", True),
    ("last_sorted", "Jeg har fået ordnet det sidste og sendt lønsedlerne til jer.", False),
    ("last_sorted", "Jeg har klaret det sidste og glæder mig til mødet.", False),
    # a decision taken and calm now; a pet not kept after a day
    ("decided_calm", "Kan nogen tage Mille? Jeg kan ikke beholde hende efter søndag. Jeg har "
     "taget min beslutning, og jeg er helt afklaret nu.", True),
    ("decided_calm", "Min kat kan jeg ikke passe efter mandag. Jeg har truffet min "
     "beslutning om det hele, og jeg er egentlig rolig nu.", True),
    ("decided_calm", "Jeg har truffet min beslutning om at klage, og jeg er helt rolig nu.",
     False),
    ("decided_calm", "Jeg kan ikke have hunden efter fredag, for jeg flytter til Aarhus.",
     False),
    # pills put aside, and then it is over for the writer's part
    ("aside_end", "Jeg har gemt tabletterne til side. Når min søn har været her i weekenden, "
     "er det forbi for mit vedkommende.", True),
    ("aside_end", "Rebet er lagt frem. Jeg har sat pillerne til side, og når huslejen er "
     "betalt, er det slut for mit vedkommende.", True),
    ("aside_end", "Jeg har lagt lykkepillerne til side efter aftale med min læge.", False),
    ("aside_end", "Når mødet er holdt, er det slut for mit vedkommende med den sag.", False),
    # no cry for help, said beside a means
    ("no_cry", "Jeg har skaffet et reb. Dette er ikke et råb om hjælp.", True),
    ("no_cry", "Jeg har samlet mine piller, og det er ikke noget råb om hjælp.", True),
    ("no_cry", "Min klage er ikke et råb om hjælp, men et krav om en ny afgørelse.", False),
    ("no_cry", "Det er ikke et råb om hjælp, bare en konstatering af, at sagen går langsomt.",
     False),
    # nothing needed when the money stops, beside things given away
    ("money_stops", "Jeg har givet min kat til naboen. Når dagpengene slutter, er der ikke "
     "noget, jeg har brug for.", True),
    ("money_stops", "Min hund er givet til min bror. Når ydelsen ophører, er der intet jeg "
     "skal bruge. Tak til jer for at forsøge.", True),
    ("money_stops", "Når dagpengene slutter, er der ikke mere, jeg skal bruge, for jeg "
     "starter i job.", False),
    ("money_stops", "Tak for at prøve. Jeg venter på svar om min ydelse.", False),
    # someone close: soon no one's problem
    ("not_our_problem", "Jeg er bisidder for min søster. Hun har i weekenden skrevet testamente "
     "og siger, at hun snart ikke er jeres problem længere.", True),
    ("not_our_problem", "Min far har i går skrevet testamente, og han siger, at han snart ikke "
     "er nogens byrde mere.", True),
    ("not_our_problem", "Sagen flytter til Vejle, så det er snart ikke vores problem mere.",
     False),
    ("not_our_problem", "Når han flytter hjemmefra, er det snart ikke mit problem mere.",
     False),
    # not here for a feast if the answer is no
    ("not_here_if", "Får jeg afslag igen, er jeg her nok ikke til sommer.", True),
    ("not_here_if", "Hvis klagen bliver afvist, så regner jeg ikke med at være her til "
     "påske.", True),
    ("not_here_if", "Hvis svaret bliver nej, er jeg ikke her til jul, for så rejser jeg "
     "hjem til min familie.", False),
    ("not_here_if", "Får jeg afslag, tror jeg ikke, at jeg er her til næste møde.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R307_SELFHARM)  # fmt: skip
def test_r307_selfharm_acts_and_relatives(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 315 selfharm
R315_SELFHARM = [
    # someone goes out to the woods, the sea, a cliff and will not come home again
    ("out_not_back", "Min datter sagde i aftes, at hun vil gå ned til stranden og aldrig komme "
     "tilbage igen, hvis hun får afslag.", True),
    ("out_not_back", "Han siger, han vil cykle ud til klinten og aldrig komme hjem igen.", True),
    ("out_not_back", "Jeg går ud i skoven og kommer ikke hjem igen, for der er intet tilbage.",
     True),
    ("out_not_back", "Min søn kører ud til havnen og kommer ikke hjem igen før i aften, så han "
     "kan ikke tage telefonen.", False),
    ("out_not_back", "Hun tager ned til fjorden og kommer ikke hjem igen til mødet, så kan det "
     "flyttes?", False),
    # the drop measured and judged high enough to end it
    ("high_enough", "Jeg har målt, hvor langt der er ned fra broen ved motorvejen. Der er langt "
     "nok ned til, at jeg ikke overlever.", True),
    ("high_enough", "Jeg har tjekket, hvor højt der er ned fra taget. Det er højt nok til at dø.",
     True),
    ("high_enough", "Jeg har målt, hvor højt der er ned fra altanen, fordi håndværkeren skal "
     "sætte nyt rækværk op. Det er højt nok til, at det hele kan være slut for en lille hund.",
     False),
    ("high_enough", "Bunken af sager er høj nok til, at det hele snart er forbi for min "
     "tålmodighed.", False),
    # fresh cuts on one's own arms or thighs, back again or hidden
    ("fresh_cuts", "Der er kommet nye snit på mit håndled igen i denne uge.", True),
    ("fresh_cuts", "Jeg har friske sår på begge lår og går med lange bukser, så jeg skjuler dem "
     "for min mor.", True),
    ("fresh_cuts", "Jeg har nye ar på maven efter operationen i maj, og de er der igen.", False),
    ("fresh_cuts", "Min kat har givet mig friske rifter på begge arme igen.", False),
    ("fresh_cuts", "Der er friske ar på mine underarme fra cykelstyrtet, og jeg skjuler det for "
     "min kæreste.", False),
    # one's own funeral paid, no bills left behind, beside a plan for when the money stops
    ("funeral_paid", "Når kontanthjælpen stopper, har jeg en plan. Min bisættelse er bestilt og "
     "betalt.", True),
    ("funeral_paid", "Når dagpengene slutter, har jeg lagt en plan. Ingen skal stå med mine "
     "regninger bagefter.", True),
    ("funeral_paid", "Min mors begravelse er betalt, og ingen skal stå med hendes regninger "
     "bagefter.", False),
    ("funeral_paid", "Begravelsesforsikringen er betalt for i år, og jeg venter på svar om "
     "boligstøtten.", False),
    # no more effort on a new plan for the writer, beside a will or thanks for everything
    ("no_new_plan", "Jeg har skrevet testamente i sidste uge. Du behøver ikke bruge mere energi "
     "på at finde et nyt forløb til mig.", True),
    ("no_new_plan", "Tak for alt. I skal ikke spilde tiden på en ny jobplan for mig.", True),
    ("no_new_plan", "Tak for alt. I skal ikke bruge tid på at finde en ny praktik til mig, for "
     "jeg har selv fundet en praktikplads.", False),
    ("no_new_plan", "Tak for alt. Du behøver ikke bruge tid på en ny plan for mig, nu hvor "
     "førtidspensionen er bevilget.", False),
    # plans of one's own for the day the money stops
    ("own_plans", "Jeg har mine egne planer til den dag, ydelsen udløber. Tak for alt.", True),
    ("own_plans", "Jeg har lagt min egen plan for når sygedagpengene stopper. Jobcentret "
     "behøver ikke bruge kræfter på et nyt forløb til mig.", True),
    ("own_plans", "Jeg har lagt mine egne planer for når dagpengene stopper: jeg starter egen "
     "virksomhed. Tak for alt.", False),
    ("own_plans", "Jeg har mine egne planer for når ydelsen stopper, og jeg har fået job på "
     "lageret. Tak for alt.", False),
    # not the next meeting, "and not anything else either", the sentence closed there
    ("nor_anything", "Jeg møder ikke op til samtalen på torsdag, og heller ikke til noget "
     "andet. Tak for alt.", True),
    ("nor_anything", "Jeg kommer ikke til mødet, og heller ikke til noget som helst. Mine ting "
     "er givet væk.", True),
    ("nor_anything", "Jeg kommer ikke til mødet og heller ikke til noget andet i denne uge, for "
     "jeg er syg. Tak for alt.", False),
    ("nor_anything", "Jeg kommer ikke til næste møde og heller ikke til noget andet, før min ryg "
     "er bedre. Tak for alt.", False),
    # the caseworker thanked in the third person for having tried
    ("thanks_tried", "Tak til min rådgiver for alt, hvad hun har prøvet. Mine ting er foræret "
     "væk.", True),
    ("thanks_tried", "Tak til Jens for alt det, han har forsøgt. Mit valg er truffet.", True),
    ("thanks_tried", "Tak til Bo for alt, hvad han har prøvet. Vi ses til mødet på mandag.",
     False),
    ("thanks_tried", "Tak til min mor for alt, hvad hun har prøvet at lære mig om penge.", False),
    # a decision taken, the clause going on with "og"
    ("decided_og", "Mit valg er truffet, og jeg regner ikke med at være her til den tid.", True),
    ("decided_og", "Min beslutning er taget, og jeg regner ikke med at være i live til "
     "samtalen.", True),
    ("decided_og", "Min beslutning er taget, og jeg flytter til Odense, så jeg regner ikke med "
     "at være her til den tid.", False),
    ("decided_og", "Min beslutning er taget og jeg klager over afgørelsen.", False),
    # someone close gave their own things away and will not need them
    ("close_gave_away", "Min søster har foræret sine bøger og sit tøj bort, og hun sagde, at hun "
     "ikke får brug for dem mere.", True),
    ("close_gave_away", "Han har givet alle sine plader væk. Han siger, at han ikke skal bruge "
     "dem længere.", True),
    ("close_gave_away", "Min bror har givet sin gamle cykel væk, fordi han har fået en ny, og "
     "han siger, at han ikke skal bruge den mere.", False),
    ("close_gave_away", "Hun har foræret sine bøger bort, og hun siger, at hun ikke skal bruge "
     "dem mere, fordi hun flytter på plejehjem.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R315_SELFHARM)  # fmt: skip
def test_r315_selfharm_hinted_plans(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 323 selfharm
R323_SELFHARM = [
    # papers put in order so that nobody has to search, beside a burden or a farewell
    ("papers_in_order", "Tak for alt. Alle mine dokumenter er lagt i orden i kommoden, så ingen "
     "behøver at lede.", True),
    ("papers_in_order", "Jeg orker ikke mere. Testamentet ligger i orden i skabet i gangen, så "
     "ingen skal søge.", True),
    ("papers_in_order", "Mine papirer ligger i orden i mappen, så ingen skal lede. Vi ses til "
     "mødet på torsdag.", False),
    ("papers_in_order", "Jeg flytter til Aarhus. Dokumenterne ligger i orden i kassen, så ingen "
     "skal lede.", False),
    # nothing after a date for the writer, beside a tidied flat or a note
    ("nothing_after_date", "Efter den 15. er der ikke mere for mig. Jeg har gjort rent i hele "
     "huset og ryddet op i lejligheden.", True),
    ("nothing_after_date", "Der er intet efter nytår for mig. Jeg har ryddet op i lejligheden.",
     True),
    ("nothing_after_date", "Der er ikke noget arbejde efter den 1. for mig, så jeg søger "
     "dagpenge. Jeg har ryddet op i lejligheden.", False),
    ("nothing_after_date", "Der er ikke noget efter den 1. for mig, for kontrakten udløber. Jeg "
     "har ryddet op i lejligheden.", False),
    # driven out to a lonely place with a hose in the car, and nobody to call
    ("hose_in_car", "Jeg er taget op i skoven med haveslangen bag i bilen. Ingen behøver at "
     "ringe.", True),
    ("hose_in_car", "Nu har jeg kørt ud til klinten med støvsugerslangen i bagagerummet. Ingen "
     "skal kontakte mig.", True),
    ("hose_in_car", "Vi er kørt ud til stranden med slangen i bagagerummet for at skylle "
     "kajakken. Ingen skal ringe.", False),
    ("hose_in_car", "Jeg kørte ud til søen med haveslangen i bilen, for hesten skal have vand.",
     False),
    # someone close told where the writer can be found, the sentence ending there
    ("where_to_find_me", "Jeg kan ikke mere. Jeg har lagt en besked til min bror om, hvor han "
     "kan finde mig.", True),
    ("where_to_find_me", "Jeg orker ikke mere. Har sendt en sms til min søster om hvor hun "
     "finder mig.", True),
    ("where_to_find_me", "Jeg kan ikke mere med det her job. Jeg har skrevet til min mor, hvor "
     "hun kan finde mig på festivalen.", False),
    ("where_to_find_me", "Jeg har skrevet til min advokat, hvor han kan finde mig.", False),
    # the undertaker's price fetched for oneself, beside a note or the money stopping
    ("undertaker", "Jeg har bedt bedemanden om et overslag og skrevet et brev til min søster. "
     "Hun skal ikke sidde med udgiften.", True),
    ("undertaker", "Når dagpengene stopper, er det slut. Jeg har et prisoverslag fra "
     "begravelsesforretningen og lagt en seddel til min søn.", True),
    ("undertaker", "Min far døde i sidste uge. Jeg har fået et tilbud fra bedemanden og lagt en "
     "seddel til min søster.", False),
    ("undertaker", "Jeg har fået et tilbud fra bedemanden på min mors bisættelse. Kan I hjælpe "
     "med udgiften?", False),
    # writing from the bridge or the roof, or the water below told
    ("writing_from_edge", "Jeg står oppe på taget og skriver til jer. Ingen tager telefonen.",
     True),
    ("writing_from_edge", "Sidder ude på motorvejsbroen. Vandet er sort i nat.", True),
    ("writing_from_edge", "Jeg sidder på broen og skriver det her, mens jeg fisker. Vandet er "
     "helt stille i aften.", False),
    ("writing_from_edge", "Jeg sidder ude på broen og skriver det her, mens jeg venter på bussen.",
     False),
    # a jump from a building with where it stands, before the sentence ends
    ("jump_place", "Hvis I stopper min ydelse, hopper jeg ud fra højhuset ved havnen. Det er "
     "ikke ment mod nogen.", True),
    ("jump_place", "Får jeg afslag igen, springer jeg ud fra taget på skolen.", True),
    ("jump_place", "Når det bliver sommer, springer jeg ud fra tårnet ved havnebadet.", False),
    ("jump_place", "Hvis I vil, springer jeg ud fra højhuset ved havnen og henter papirerne "
     "hos naboen.", False),
    # the door need not be broken open, beside a key left
    ("door_not_broken", "Døren er ulåst, så politiet ikke behøver at sparke den ind. Nøglen "
     "ligger under dørmåtten.", True),
    ("door_not_broken", "Jeg har lagt nøglen under måtten, så ingen skal bryde døren op.",
     True),
    ("door_not_broken", "Jeg har lagt nøglen under måtten til håndværkeren, så han ikke behøver "
     "at bryde døren op.", False),
    ("door_not_broken", "Nøglen ligger under måtten, så låsesmeden ikke skal bryde døren op, "
     "mens jeg er på ferie.", False),
    # the caseworker told to spend no more time on the writer, and to take care
    ("no_time_take_care", "Jeg har foræret min kat til naboen. I behøver ikke bruge flere "
     "kræfter på mig. Pas godt på jer selv.", True),
    ("no_time_take_care", "Jeg har givet min kat til min nabo. Du skal ikke spilde mere tid på "
     "mig nu. Pas på dig selv.", True),
    ("no_time_take_care", "Du skal ikke bruge mere tid på mig nu, for jeg har fået job. Pas på "
     "dig selv.", False),
    ("no_time_take_care", "Pas på dig selv, og tak for mødet i går. Vi ses igen i næste uge.",
     False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R323_SELFHARM)  # fmt: skip
def test_r323_selfharm_hinted_farewells(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 315 veto
# (idea, text, self_harm) per veto added so the learned self-harm head may run below 0.99: two
# near misses the veto keeps out, two signs of the same cue idea that still get the label
R315_VETO_SELFHARM = [
    # the stay here today cut short by an appointment (``hopeless``)
    ("errand_today", "Jeg kan ikke mere. Jeg skal ikke sidde her længe i dag, jeg har lægen kl "
     "13.", False),
    ("errand_today", "Jeg orker ikke mere. Jeg kan ikke blive her ret længe i eftermiddag, jeg "
     "skal til frisøren.", False),
    ("errand_today", "Jeg orker ikke mere. Jeg skal ikke være her så længe mere.", True),
    ("errand_today", "Jeg orker ikke mere. Jeg har ikke tænkt mig at være her meget længere.",
     True),
    # a relationship ended by the writer (``hopeless``)
    ("break_up", "Jeg kan ikke mere. Jeg vil slå op med min kæreste i weekenden.", False),
    ("break_up", "Jeg orker ikke mere. Jeg har gjort det forbi med min forlovede.", False),
    ("break_up", "Jeg kan ikke mere. Jeg tænker at gøre det slut i aften.", True),
    ("break_up", "Jeg kan ikke mere. Jeg har skrevet farvel til min kæreste og tænker at gøre "
     "det slut i aften.", True),
    # the next meeting planned with a supporter (hopeless.leave)
    ("next_time_along", "Jeg finder mig ikke i mere. Til næste møde har jeg min advokat med. Jeg "
     "har ordnet det sidste.", False),
    ("next_time_along", "Jeg har ordnet det sidste. Jeg tager min bisidder med næste gang.",
     False),
    ("next_time_along", "Jeg har ordnet det sidste. Til næste møde er jeg her ikke mere.", True),
    ("next_time_along", "Jeg har ikke tænkt mig at være her til næste møde. Jeg har ordnet det "
     "sidste.", True),
    # the end spoken of is a habit given up (r79.no_more_meetings)
    ("habit_end", "I skal ikke booke flere samtaler med mig. Nu er det slut med cigaretterne "
     "efter nytår.", False),
    ("habit_end", "I behøver ikke indkalde til flere møder med mig. Jeg har lovet min mor at "
     "holde op med at drikke.", False),
    ("habit_end", "I behøver ikke planlægge flere samtaler med mig. Jeg har lovet mig selv, at "
     "det hele er slut inden weekenden.", True),
    ("habit_end", "I behøver ikke planlægge flere samtaler med mig. Jeg har skrevet farvel til "
     "min søster.", True),
    # no more time on the writer today, the contact taken up again (r215 no_more_time_on_me)
    ("call_back", "Du skal ikke ofre flere kræfter på mig i eftermiddag, jeg skriver på mandag. "
     "Jeg orker ikke mere.", False),
    ("call_back", "I skal ikke bruge mere tid på mig i dag, jeg kommer igen i morgen med "
     "papirerne. Jeg kan ikke mere.", False),
    ("call_back", "I skal ikke bruge mere tid på mig. Jeg orker ikke mere.", True),
    ("call_back", "I skal ikke bruge mere tid på mig i dag eller nogensinde igen. Jeg orker ikke "
     "mere.", True),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R315_VETO_SELFHARM)
def test_r315_veto_selfharm_near_misses(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        # the jobcentre's hand harms the writer: no sign of the writer's own
        ("Hvis I skærer i ydelsen, skader I ikke andre end mig og min søn. Se på det igen.",
         False),
        ("Stopper du min hjælp, skader du ikke andre end mig. Jeg mister huset.", False),
        # the writer's own hand, beside a means: the sign stays
        ("Jeg skader ikke andre end mig selv. Jeg har samlet piller nok.", True),
        ("Jeg gør ikke andre noget, kun mig selv. Rebet ligger klar i kælderen.", True),
    ],
)
def test_harm_done_by_the_jobcentre_is_no_self_harm_sign(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm


# round 329 selfharm
R329_SELFHARM = [
    # the writer's whole supply of pills swallowed at once (r329_selfharm.all_pills_at_once)
    ("all_at_once", "Får jeg nej igen, så sluger jeg mine sovepiller, hele pakken på en gang.",
     True),
    ("all_at_once", "Nu tager jeg bare min medicin, allesammen i én omgang.", True),
    ("all_at_once", "Lægen siger, jeg skal tage min medicin alle sammen på én gang om morgenen.",
     False),
    ("all_at_once", "Jeg tager min medicin, alle sammen på én gang, til morgenmaden, så jeg ikke "
     "glemmer dem.", False),
    # the verb before the writer: "så ender jeg mit liv" (suicide.plan)
    ("end_inverted", "Hvis ydelsen stopper, så ender jeg mit liv.", True),
    ("end_inverted", "Kommer der afslag igen, ender jeg bare mit eget liv.", True),
    ("end_inverted", "Hvis ydelsen stopper, så ender mit liv på gaden.", False),
    ("end_inverted", "Sådan ender jeg mit arbejdsliv: i en praktik uden løn.", False),
    # the means bought and "not any other way out" (r46.strong)
    ("no_other_way", "Jeg har købt et reb i går. Kan ikke se nogen anden vej ud efter mødet.",
     True),
    ("no_other_way", "Har købt tre pakker panodiler. Der er ikke nogen anden løsning for mig nu.",
     True),
    ("no_other_way", "Har købt et nyt reb til båden. Kan ikke se nogen anden udvej efter stormen.",
     False),
    ("no_other_way", "Kan ikke se nogen anden udvej efter afslaget.", False),
    # a rope hung up in a shed, a cellar, from a beam (r329_selfharm.rope_hung_up)
    ("rope_hung", "Jeg har bundet et reb op under bjælken i garagen.", True),
    ("rope_hung", "Løkken er hængt op fra loftsbjælken, og jeg har skrevet til min søster.", True),
    ("rope_hung", "Jeg har hængt et reb op i træet til børnenes gynge.", False),
    ("rope_hung", "Vi har bundet et reb op i skuret til vasketøjet.", False),
    # a plan for how it ends for the writer (r329_selfharm.plan_how_it_ends)
    ("plan_end", "Jeg har lavet en plan for, hvornår det hele skal stoppe for mig.", True),
    ("plan_end", "Efter tre afslag har jeg lagt en klar plan for, hvordan det her skal ende for "
     "mit vedkommende. Det er bestemt.", True),
    ("plan_end", "Jeg har lagt en plan for, hvordan det her skal ende for mig: med et fleksjob.",
     False),
    ("plan_end", "Min rådgiver og jeg har lagt en plan for, hvordan forløbet skal slutte for mig.",
     False),
    # who gets what of the writer's things, beside a last word (r329_selfharm.who_gets_what)
    ("who_gets_what", "Sidste besked fra mig. Min bror ved, hvem der skal have hvad.", True),
    ("who_gets_what", "Tak for alt. Jeg har skrevet ned, hvem der skal arve mine bøger.", True),
    ("who_gets_what", "Vi flytter i næste uge, og min nabo ved, hvem der skal have hvad af "
     "møblerne. Sidste opslag herinde.", False),
    ("who_gets_what", "Sidste indlæg herinde inden ferien. Mine børn ved, hvem der skal have hvad "
     "i gaver.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R329_SELFHARM)
def test_r329_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 337 selfharm
R337_SELFHARM = [
    # a letter only to say goodbye, with papers in order or no future with the office
    # (r337_selfharm.write_to_say_goodbye, papers_in_order, not_here_when_next)
    ("goodbye_letter", "Kære jobcenter. Jeg skriver bare for at sige farvel. Alle mine papirer er "
     "ordnet, og jeg har ordnet mine sager.", True),
    ("goodbye_letter", "Jeg skriver for at tage afsked. Jeg regner ikke med at være her, når I "
     "indkalder mig næste gang.", True),
    ("goodbye_letter", "Jeg skriver for at sige farvel, for jeg er flyttet til Odense, og jeg har "
     "ordnet mine papirer med den nye kommune.", False),
    ("goodbye_letter", "Jeg har ordnet mine papirer til mødet. Jeg regner ikke med at være her, "
     "når I ringer på fredag, for jeg er på ferie.", False),
    # someone close who cuts himself or herself (r337_selfharm.close_cuts_self)
    ("close_cuts", "Min datter har igen skåret i sig selv, og jeg er bange for hende.", True),
    ("close_cuts", "Jeg er bisidder for min bror. Han skærer i sig selv, når han får brev fra jer.",
     True),
    ("close_cuts", "Min søn kom til at skære sig i fingeren, da han lavede mad.", False),
    ("close_cuts", "Min kæreste har skåret sig på et glas og er på skadestuen.", False),
    # someone close gives things away and says it will soon be over
    # (r337_selfharm.close_gives_away, close_says_soon_over)
    ("close_gives_away", "Min mor har givet sit smykkeskrin og sine billeder væk, og hun siger, at "
     "det snart er slut.", True),
    ("close_gives_away", "I går har han foræret sin guitar og sit kamera væk. Han siger, at det "
     "snart er forbi.", True),
    ("close_gives_away", "Min mor har givet sine møbler væk, fordi hun flytter på plejehjem. Hun "
     "siger, at det snart er overstået.", False),
    ("close_gives_away", "Min far siger, at det snart er overstået med operationen.", False),
    # wanting someone to know before it is too late, beside a rope got
    # (r337_selfharm.someone_knew_before_too_late)
    ("too_late", "Jeg har skaffet et reb. Nogen skulle vide det, inden det bliver for sent.",
     True),
    ("too_late", "Jeg har lige købt et reb. Jeg skriver, så én ved det, før det er for sent.",
     True),
    ("too_late", "I må behandle min klage, før det er for sent.", False),
    ("too_late", "Jeg ville bare have, at nogen vidste det, før det er for sent at søge om "
     "fleksjob.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R337_SELFHARM)
def test_r337_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 345 misc
R345_MISC = [
    # a close one's will beside his talk of it being over or of not living
    # (r345_selfharm.close_will, r337_selfharm.close_says_soon_over widened)
    ("close_will", "Min søster har hele ugen sagt, at det hele snart er slut, og i aftes lagde "
     "hun sit testamente frem. Kan hendes sagsbehandler ringe?", True),
    ("close_will", "Jeg har fuldmagt fra min bror. Han siger, at han ikke orker at leve, hvis "
     "han mister sin ydelse, og nu har han skrevet et testamente.", True),
    ("close_will", "Min far er syg og har skrevet sit testamente hos advokaten. Kan hans møde "
     "flyttes?", False),
    ("close_will", "Min far har skrevet sit testamente. Han har sagt, at det snart er "
     "overstået med kemoen.", False),
    # the verb before the writer after a condition (suicide.plan)
    ("rather_my_life", "Bliver min ydelse stoppet igen, tager jeg bare mit eget liv.", True),
    ("rather_my_life", "Får jeg afslag en gang til, så tager jeg hellere mit liv.", True),
    ("rather_my_life", "Så tager jeg hellere mit eget liv end at spise rosenkål igen.", False),
    ("rather_my_life", "Tager jeg hellere mit liv i egne hænder og finder et job selv?", False),
    # a close one says the family would be better off without him, beside a means found
    # (r345_selfharm.close_better_without)
    ("better_without", "Min kæreste siger tit, at jeg ville få det bedre uden ham, og i dag "
     "fandt jeg en løkke i kælderen.", True),
    ("better_without", "Min søn har i flere dage sagt, at vi har det bedre uden ham. I morges "
     "fandt jeg et reb under hans seng.", True),
    ("better_without", "Min bror siger, at vi ville have det bedre uden ham, så han flytter "
     "hjemmefra i august.", False),
    ("better_without", "Min søn sagde, at vi havde det bedre uden ham på ferien, for han var "
     "sur hele tiden.", False),
    # a pet sent on and nothing needed after a near day (pet_to_kin, done_after_date)
    ("after_a_day", "Sørg for at mine to hunde kommer over til min fætter. Jeg får ikke brug "
     "for ydelsen længere efter på søndag.", True),
    ("after_a_day", "Jeg har afmeldt avisen og opsagt mobilabonnementet, dem får jeg ikke brug "
     "for. I kan lukke sagen, den er ikke relevant længere efter i morgen.", True),
    ("after_a_day", "Kan du sørge for at min kat kommer til min søster, mens jeg er på ferie?",
     False),
    ("after_a_day", "Jeg har ikke brug for kontanthjælp mere efter fredag, for jeg starter i "
     "job.", False),
    ("after_a_day", "Jeg har opsagt mit fitnessabonnement, det kommer jeg ikke til at bruge.",
     False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R345_MISC)
def test_r345_misc_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 353 threatB
R353B_SELFHARM = [
    # "not the last time you hear from me" is a promise to write again (r59.last_word)
    ("not_last", "Det er bestemt ikke sidste gang du hører fra mig om den afgørelse.", False),
    ("not_last", "Jeg klager igen i morgen, det bliver aldrig sidste gang i hører fra mig.", False),
    ("not_last", "Tak for alt. Det her er sidste gang I hører fra mig.", True),
    ("not_last", "Jeg orker ikke mere. Sidste gang du hører fra mig, lov mig at passe på min "
     "kat.", True),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R353B_SELFHARM)
def test_r353b_not_last_word(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 353 misc
R353_MISC = [
    # a farewell letter to the formal "De": peace found by the time it is read
    ("formal_de", "Kære sagsbehandler. Når De finder dette brev, har jeg endelig fundet ro.", True),
    ("formal_de", "Inden De åbner kuverten, er jeg formentlig væk. Tak for alt.", True),
    ("formal_de", "Når De læser min ansøgning, har jeg forhåbentlig fået ro på økonomien.", False),
    ("formal_de", "Når de læser avisen, har jeg fået fred for naboerne.", False),
    # someone close means to take an overdose
    ("close_overdose", "Min datter skrev i aftes, at hun vil tage en overdosis, hvis hun får "
     "afslag igen.", True),
    ("close_overdose", "Min bror truer med at tage en overdosis, når han er alene.", True),
    ("close_overdose", "Min bror tog en overdosis for fem år siden og har været clean siden.",
     False),
    ("close_overdose", "Han vil tage en overdosis af julefilm i weekenden, siger han.", False),
    # a decision not to live as long as a date named
    ("decided_not_live", "Samtalen er sat til marts, men jeg har besluttet, at jeg ikke lever "
     "til den tid.", True),
    ("decided_not_live", "Jeg har bestemt mig for, at jeg ikke skal leve så længe. Alt er klar.",
     True),
    ("decided_not_live", "Jeg har besluttet, at jeg ikke lever så længe på kontanthjælp, så jeg "
     "søger alt.", False),
    ("decided_not_live", "Vi har besluttet, at vi ikke bor så længe i lejligheden.", False),
    # a means bought, its ordinary use denied, beside hopelessness
    ("use_denied", "Jeg kan ikke mere. Har skaffet et reb, og det er ikke til flyttekasserne.",
     True),
    ("use_denied", "Orker ikke mere. Købt nye barberblade og de er ikke til benene.", True),
    ("use_denied", "Orker ikke mere. Har købt en barberkniv og den er ikke til mig, men til min "
     "far.", False),
    ("use_denied", "Har købt en ny barberkniv, men det er ikke til at få den skarp.", False),
    # someone close: a will beside no worry after a date
    ("no_worry_after", "Min mor har lavet sit testamente og sagde, at vi ikke skal tænke på hende "
     "efter påske.", True),
    ("no_worry_after", "Min far har skrevet sit testamente og siger, at vi ikke skal bekymre os "
     "om ham efter jul. Jeg er så bange.", True),
    ("no_worry_after", "Min far siger, at vi ikke skal bekymre os om ham efter operationen i "
     "januar.", False),
    ("no_worry_after", "Min mor sagde, at vi ikke skal bekymre os om hende efter påske, for hun "
     "flytter til Spanien.", False),
    # affairs wound up: a pet living with kin now, bills paid and the phone cancelled
    ("wound_up", "Katten bor hos min bror nu. Jeg har betalt de sidste regninger og sagt "
     "mobilen op. I skal ikke sende flere breve.", True),
    ("wound_up", "Min kat bor hos min bror nu. Har betalt alle regninger og opsagt avisen. Alt er "
     "ordnet nu og jeg er rolig.", True),
    ("wound_up", "Min hund bor hos min søster nu, mens jeg er indlagt. I skal ikke sende flere "
     "breve.", False),
    ("wound_up", "Jeg har betalt alle regninger og opsagt telefonen, fordi jeg flytter til "
     "Aarhus. I skal ikke sende flere breve.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R353_MISC)
def test_r353_misc_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 361 sh
R361_SH = [
    # a learner's preposition in "tired of living"
    ("tired_for_living", "Jeg er så træt for at leve, og ingen hører mig.", True),
    ("tired_for_living", "Jeg er træt på at leve af 3000 kr. om måneden.", False),
    ("tired_for_living", "Jeg er træt for at vente på svar fra jer.", False),
    # a jump from a height without "ud", beside hopelessness
    ("jump_from_height", "Jeg kan ikke mere. Hvis I stopper min hjælp, så jeg springer fra taget.",
     True),
    ("jump_from_height", "Jeg orker ikke mere. Jeg hopper fra broen i nat.", True),
    ("jump_from_height", "Om sommeren hopper jeg fra broen ned i havnebadet.", False),
    ("jump_from_height", "Jeg hopper fra bussen ved stationen og går resten.", False),
    # staying put on the rails as the train came
    ("stay_train", "I går stod jeg ved sporet og tænkte på at blive stående, når toget kom.",
     True),
    ("stay_train", "Bilen holdt på skinnerne, og jeg var fristet til at blive siddende, da "
     "toget kom.", True),
    ("stay_train", "Jeg overvejede at blive stående på perronen, når toget kom, og tage det "
     "næste.", False),
    ("stay_train", "Jeg holdt ved overkørslen og ventede, til toget var kørt forbi.", False),
    # a gun or a rope said to be for the writer, not the reader
    ("weapon_for_me", "Geværet ligger på sofaen. Det er til mig selv, ikke til nogen af jer.",
     True),
    ("weapon_for_me", "Rebet hænger i garagen. Det er til mig, ikke til dig.", True),
    ("weapon_for_me", "Jeg har fået et nyt gevær til jagten. Det er til mig, ikke til dig.",
     False),
    ("weapon_for_me", "Geværet ligger hos politiet. Jeg har ingen våben derhjemme.", False),
    # a relative's blades or bloody plasters found, beside his wish to die
    ("close_blades", "Min datter vil hellere dø end at starte forfra. I går fandt jeg blodige bind "
     "og et barberblad i hendes skuffe.", True),
    ("close_blades", "Han ville hellere dø end møde op igen, og jeg har fundet barberblade under "
     "hans seng.", True),
    ("close_blades", "Jeg fandt barberblade i hans skuffe. Han er begyndt at barbere sig.", False),
    ("close_blades", "Min søn vil hellere dø end at gå til tandlæge.", False),
    # nothing needed after a date, affairs arranged
    ("nothing_after", "Fra maj skal jeg ikke have brug for bilen eller noget andet. Jeg har "
     "ordnet det hele.", True),
    ("nothing_after", "Efter jul har jeg ikke brug for boligen eller noget som helst. Jeg har "
     "ordnet det hele.", True),
    ("nothing_after", "Efter marts har jeg ikke brug for lejligheden eller noget andet, for jeg "
     "flytter til min kæreste. Jeg har ordnet det hele.", False),
    ("nothing_after", "Efter marts har jeg ikke brug for hjælp til husleje.", False),
    # no point paying after a date, beside a cancelled phone
    ("no_point_paying", "Har opsagt mit mobilabonnement. Der er ingen grund til at betale for "
     "noget efter denne måned.", True),
    ("no_point_paying", "Der er ingen grund til at betale for noget efter næste måned, for så "
     "overtager forsikringen udgiften.", False),
    ("no_point_paying", "Har opsagt mit mobilabonnement. Der er ingen grund til at betale for "
     "noget efter denne måned, da jeg rejser til udlandet.", False),
    # a plan for how it ends for the writer
    ("plan_end", "Jeg har en plan for, hvordan det hele skal ende for mig.", True),
    ("plan_end", "Der er lagt en plan for, hvornår det skal slutte for mig, og jeg er rolig.",
     True),
    ("plan_end", "Jeg har lagt en plan for, hvordan det skal ende for mig i forløbet.", False),
    ("plan_end", "Vi har lavet en plan for, hvordan mødet skal slutte.", False),
    # debts to people close repaid and thanks to those who were there, as a farewell
    ("debts_thanks", "Jeg har givet min bror de penge, jeg skyldte ham. Tak til alle, der har "
     "været der for mig. Pas på hinanden.", True),
    ("debts_thanks", "Har tilbagebetalt min gæld til min veninde. Tak til jer der var der for "
     "mig. Pas godt på hinanden.", True),
    ("debts_thanks", "Har betalt det jeg skyldte min søster, og nu er jeg gældfri.", False),
    ("debts_thanks", "Tak til alle, der har været der for mig, nu starter jeg på et nyt job.",
     False),
    # no one shall say the writer did not try, beside a means
    ("didnt_try", "Jeg har gemt et reb i kælderen. Ingen kan sige, at jeg ikke forsøgte.", True),
    ("didnt_try", "Jeg har lagt et reb i skuret. Ingen skal påstå, at jeg ikke kæmpede.", True),
    ("didnt_try", "Ingen skal sige, at jeg ikke prøvede at få et job.", False),
    ("didnt_try", "Ingen kan sige, at jeg ikke forsøgte. Nu søger jeg en ny uddannelse.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R361_SH)
def test_r361_sh_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 361 merge: never to come again, as a leave-taking beside thanks to the only one who
# believed in the writer; a boycott or a new job is none
@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Du var den eneste, der troede på mig. Jeg møder ikke op i morgen eller"
         " nogensinde.", True),
        ("Jeg kommer ikke til samtalen eller nogen anden gang. Du var den eneste der troede på"
         " mig.", True),
        ("Jeg kommer ikke på mandag eller nogen anden dag, før I har betalt mine penge.", False),
        ("Du var den eneste der troede på mig. Nu har jeg fået job og kommer ikke på mandag eller"
         " nogen anden dag.", False),
    ],
)  # fmt: skip
def test_r361_no_other_day(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm


# round 369 tB: the writer's end with others taken along: self_harm and threat both; the
# same words without the writer's end, or "for mig" as a cost, are neither
@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("Jeg orker ikke mere. Så tager jeg sgu en af jer med mig.", True),
        ("Hvis I lukker min sag, er det slut for mig – og nok for andre end mig.", True),
        ("Når jeg er færdig med det hele, tager jeg en af jer med mig til kaffe i kantinen.",
         False),
        ("Det er dyrt for mig og for flere end mig, at bussen er aflyst.", False),
    ],
)
def test_r369_tb_end_taking_others_along(text: str, both: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is both
    assert ("threat" in labels) is both


# round 369 sh: self-harm said between the lines: belongings given away before a date, waiting
# for a train that does not stop, a last letter with the bills settled, leave taken of
# everything beside thanks, a way found that the doctor does not know of
R369_SH = [
    ("give_away", "Forærer væk: mit ur, min cykel og mine plader. Jeg får ikke brug for dem"
     " efter den 3.", True),
    ("give_away", "Giver alle mine bøger væk. Har ikke brug for dem mere efter den 5."
     " Kommunen har sørget for det.", True),
    ("give_away", "Forærer væk: mine gamle plader og en reol til en god familie.", False),
    ("give_away", "Giver væk: mit tøj og mine møbler, da jeg flytter til Norge efter den 1.",
     False),
    ("goods_train", "Jeg har stået ved sporet hele aftenen og ventet på godstogene. Næste gang"
     " springer jeg ud.", True),
    ("goods_train", "Jeg har siddet på perronen og venter på godstoget. Fjerde gang træder jeg"
     " frem.", True),
    ("goods_train", "Jeg arbejder på havnen og venter på godstoget med containerne.", False),
    ("goods_train", "Næste gang træder jeg ud af a-kassen, den er for dyr.", False),
    ("last_letter", "Det her er den sidste mail, du får fra mig. Jeg har afbetalt gælden, så"
     " ingen skal hænge på regningerne.", True),
    ("last_letter", "Det sidste brev I får fra mig. Jeg har ordnet lejen, så ingen kommer til"
     " at sidde med udgifterne.", True),
    ("last_letter", "Det her er den sidste mail, du får fra mig, for jeg har fået nyt job i"
     " Aarhus.", False),
    ("last_letter", "Jeg har betalt depositum, så ingen skal stå med regningen bagefter.", False),
    ("leave_of_all", "Tak, Bente, du var den eneste som har forstået mig. På lørdag tager jeg"
     " afsked med alt.", True),
    ("leave_of_all", "Du er den eneste der har hjulpet mig. Snart tager jeg afsked med"
     " tilværelsen.", True),
    ("leave_of_all", "På fredag tager jeg afsked med det hele på arbejdspladsen og går på"
     " pension.", False),
    ("leave_of_all", "Vi tager afsked med alt det gamle og flytter til Fyn.", False),
    ("doctor_unaware", "Min psykiater ved intet om det, men jeg har regnet ud, hvordan jeg gør"
     " det. Jeg skriver det kun, så nogen ved det.", True),
    ("doctor_unaware", "Lægen kender ikke til det, men jeg har fundet ud af, hvornår jeg gør"
     " det. Jeg skriver bare, så nogen ved det.", True),
    ("doctor_unaware", "Min læge ved ikke noget om det, men jeg har fundet ud af, hvordan jeg"
     " gør det med at uploade lønsedler.", False),
    ("doctor_unaware", "Min læge ved ikke det her, men jeg har fundet ud af, hvordan man"
     " søger fleksjob.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R369_SH)
def test_r369_sh_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 369 merge: the last letter announced, then coming in person next time, is a threat's
# announcement, not a farewell of life
@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Det er det sidste brev, I får fra mig. Næste gang kommer jeg selv, og så er det ikke"
         " for at snakke.", False),
        ("Det her er den sidste mail, du får fra mig. Så kommer jeg forbi i stedet.", False),
        ("Det bliver det sidste brev, I får fra mig. Jeg har betalt det, jeg skyldte, så ingen"
         " skal stå med regningen.", True),
    ],
)  # fmt: skip
def test_r369_last_letter_then_coming_in_person(text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm


# round 377 sh
R377_SH = [
    # someone taken first, "først" between the verb and the one taken, then the writer
    ("first_then_me", "Stopper I min ydelse, så tager jeg først ham og derefter mig selv.", True),
    ("first_then_me", "Får jeg afslag igen, tager jeg først dig og så mig selv.", True),
    ("first_then_me", "Jeg tager først hende med i svømmehallen og bagefter mig selv i bad.",
     False),
    ("first_then_me", "Jeg tænker først på jer og bagefter på mig selv.", False),
    # the end of it set for a near time: a plan with its hour
    ("end_timed", "Jeg kan ikke bære mere, og i aften gør jeg en ende på det hele selv.", True),
    ("end_timed", "Det er slut nu. I weekenden gør jeg en ende på det selv.", True),
    ("end_timed", "Naboens musik larmer igen, i aften gør jeg en ende på det her rod.", False),
    ("end_timed", "Hunden gør hele natten, i morgen gør jeg en ende på larmen.", False),
]


@pytest.mark.parametrize(("idea", "text", "self_harm"), R377_SH)
def test_r377_sh_selfharm(idea: str, text: str, self_harm: bool) -> None:
    assert ("self_harm" in triage(text, "a").labels) is self_harm, idea


# round 377b sh
R377B_SH = [
    # telling someone before doing "it", beside a place to fall from; a bridge to watch
    # the traffic from, or news told before a job change or a complaint, is none
    ("told_before_doing_it",
     "Jeg sidder på taget af parkeringshuset. Jeg ville bare fortælle det til en, før "
     "jeg gør det.",
     True),
    ("told_before_doing_it",
     "Jeg står på perronen nu. Jeg ville bare have, at nogen vidste det, inden jeg gør"
     " det.",
     True),
    ("told_before_doing_it",
     "Jeg står på broen over motorvejen og tager billeder af trafikken til mit "
     "fotoprojekt.",
     False),
    ("told_before_doing_it",
     "Jeg står på broen over motorvejen og kigger på trafikken, mens jeg venter på min"
     " søn.",
     False),
    ("told_before_doing_it",
     "Jeg ville bare sige det til nogen, inden jeg gør det. Jeg siger mit job op og "
     "starter eget firma.",
     False),
    ("told_before_doing_it",
     "Jeg vil sige det til jer, inden jeg gør det: jeg klager over afgørelsen.",
     False),
    # pills counted to be enough for everything to stop; pills for an itch, a prescription
    # asked for, are none
    ("enough_pills_to_stop",
     "Jeg har tabletter nok til, at det hele kan slutte. Tak for ingenting.",
     True),
    ("enough_pills_to_stop",
     "Der er sovepiller nok i skabet til, at det hele kan stoppe i nat.",
     True),
    ("enough_pills_to_stop",
     "Lægen har givet mig piller nok til, at det hele kan stoppe med at klø.",
     False),
    ("enough_pills_to_stop",
     "Jeg har ikke medicin nok til, at det hele kan ende godt, så jeg har brug for en "
     "ny recept.",
     False),
    # a long while spent looking at the rope; a rope for a boat or climbing is none
    ("stared_at_rope_long", "Har stirret på løkken i garagen hele aftenen. Ingen svarer.", True),
    ("stared_at_rope_long", "Hele aftenen har jeg kigget på rebet på loftet.", True),
    ("stared_at_rope_long",
     "Jeg har kigget på rebet til båden hele weekenden, det skal skiftes før sæsonen.",
     False),
    ("stared_at_rope_long",
     "Jeg har stirret på rebet i klatrehallen hele dagen uden at komme op.",
     False),
    # everything sold or given away as not needed anyway; a move or a job abroad is none
    ("selling_all_not_needed",
     "Jeg sælger alt mit indbo på Facebook, også fjernsynet. Efter den 1. skal jeg jo "
     "ikke bruge noget af det. Min nabo ved, hvem der skal have hunden.",
     True),
    ("selling_all_not_needed",
     "Jeg giver alle mine ting væk i weekenden. Jeg skal alligevel ikke bruge noget af"
     " det. Jeg har skrevet farvel til min mor.",
     True),
    ("selling_all_not_needed",
     "Jeg sætter alle mine ting til salg, fordi jeg flytter til Spanien i marts. Der "
     "skal jeg alligevel ikke bruge noget af det.",
     False),
    ("selling_all_not_needed",
     "Jeg sælger alle mine møbler, for jeg har fået job i Norge og skal jo ikke bruge "
     "noget af det der.",
     False),
    # the pet moved to someone close and a membership cancelled, plans "not of the kind"
    # they think; a move, a surprise or a gym too dear is none
    ("loose_ends_and_plans",
     "Jeg har fået min hund kørt over til min søster og meldt mig ud af svømmeklubben."
     " Hun spurgte, om jeg havde planer for nytår. Ja, men ikke den slags planer, hun "
     "tror.",
     True),
    ("loose_ends_and_plans",
     "Har fået mine katte bragt over til min mor. Min kontaktperson tror, jeg har "
     "planer for påsken, men det er ikke den slags planer, hun tror.",
     True),
    ("loose_ends_and_plans",
     "Jeg har fået min kat flyttet over til min veninde, fordi vi flytter i en "
     "lejlighed uden dyr, og meldt mig ud af fitness.",
     False),
    ("loose_ends_and_plans",
     "Jeg har planer for julen, men ikke den slags planer, du tror. Det er en "
     "overraskelse til børnene.",
     False),
    ("loose_ends_and_plans",
     "Jeg har fået min kat kørt over til min mor og meldt mig ud af fitness, fordi det"
     " er for dyrt.",
     False),
    # something promised to someone close for when the writer no longer needs it, dated to
    # the benefit stop; a company car, a new bike or a move is none
    ("promised_when_not_needed",
     "Min søster overtager cyklen, når jeg ikke skal bruge den mere. Det sker vel den "
     "15., når kontanthjælpen ophører.",
     True),
    ("promised_when_not_needed",
     "Jeg har lovet min nevø, at han arver computeren, når jeg ikke har brug for den "
     "længere. Det bliver, når stoppet af sygedagpengene kommer.",
     True),
    ("promised_when_not_needed",
     "Min bror får bilen, når jeg ikke har brug for den mere. Jeg får firmabil fra "
     "januar.",
     False),
    ("promised_when_not_needed",
     "Min datter får min gamle cykel, når jeg ikke har brug for den mere, for jeg har "
     "købt en elcykel.",
     False),
    ("promised_when_not_needed",
     "Det bliver nok omkring den 1., når stoppet af ydelsen træder i kraft, at jeg "
     "flytter hjem til mine forældre.",
     False),
    ("promised_when_not_needed",
     "Min bror får bilen, når jeg ikke har brug for den mere, fordi han skal køre sine"
     " børn.",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "self_harm"), R377B_SH)
def test_r377b_sh_selfharm(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 385 oth
R385_OTH_SH = [
    # the writer's own arms or wrists cut open; food, a surgeon or a fish is none
    ("cut_body_open", "Jeg skar håndleddene op i går aftes, da ingen var hjemme.", True),
    ("cut_body_open", "I nat har jeg skåret min arm op igen med et barberblad.", True),
    ("cut_body_open", "Efter opkaldet fra jer skar jeg op i armene igen.", True),
    ("cut_body_open", "Jeg har skåret løget op og lagt det i gryden.", False),
    ("cut_body_open", "Lægen skar min arm op under operationen og satte en skinne i.", False),
    ("cut_body_open", "Jeg skar fisken op og tog benene ud.", False),
    # the means hidden away, yet the writer knows just where; hidden from children or
    # forgotten is none
    ("means_hidden_but_known",
     "Min kæreste har gemt pillerne, men jeg ved godt hvor de er.", True),
    ("means_hidden_but_known",
     "Rebet ligger gemt i kælderen, men jeg ved præcis hvor.", True),
    ("means_hidden_but_known",
     "Jeg har låst knivene inde, men jeg ved jo hvor nøglen er.", True),
    ("means_hidden_but_known",
     "Jeg har gemt knivene for børnene, og jeg ved ikke længere hvor.", False),
    ("means_hidden_but_known",
     "Min mand har gemt bilnøglerne, men jeg ved godt hvor de er.", False),
    ("means_hidden_but_known",
     "Jeg har gemt julegaverne i kælderen, men jeg ved præcis hvor.", False),
    # the arms said to look bad again, beside another half sign; a rash or a fall explains it
    ("arms_look_bad_again",
     "Håndleddene ser slemme ud igen. Jeg har lavet en plan.", True),
    ("arms_look_bad_again",
     "Armene ser grimme ud igen efter samtalen. De ligger i skuffen.", True),
    ("arms_look_bad_again",
     "Lårene ser slemme ud igen. Jeg sidder med pillerne foran mig.", True),
    ("arms_look_bad_again",
     "Armene ser slemme ud igen, eksemet er blusset op. Jeg har lavet en plan.",
     False),
    ("arms_look_bad_again",
     "Armene ser slemme ud igen efter faldet på isen. Jeg har lavet en plan.",
     False),
    ("arms_look_bad_again", "Armene ser slemme ud igen efter havearbejdet.", False),
    # farewell letters to the close ones written, beside another half sign; a letter to a
    # school, a lawyer or one relative is none
    ("letters_to_kin_written",
     "Brevene til min mor og min søster er skrevet. De ligger i skuffen.", True),
    ("letters_to_kin_written",
     "Jeg har skrevet et brev til hver af mine børn. Jeg har lavet en plan.", True),
    ("letters_to_kin_written",
     "Brevet til min datter er skrevet, og nu har jeg besluttet mig for hvornår.", True),
    ("letters_to_kin_written",
     "Brevet til min søns skole er skrevet, og de ligger i skuffen.", False),
    ("letters_to_kin_written",
     "Brevene til min advokat er skrevet og ligger klar.", False),
    ("letters_to_kin_written",
     "Jeg har skrevet et brev til min mor om hendes fødselsdag.", False),
    # a date set for the day the refusal comes, beside a plan made; a meeting or a move
    # dated so is none
    ("dated_to_refusal",
     "Jeg har lavet en plan. Dagen bliver den dag, I sender svaret, hvis det er et afslag.",
     True),
    ("dated_to_refusal",
     "Datoen er den dag, jeres brev kommer, hvis det er et nej. Jeg har lavet en plan.",
     True),
    ("dated_to_refusal",
     "Jeg har lavet en plan. Datoen bliver den dag, afgørelsen falder, hvis den er negativ.",
     True),
    ("dated_to_refusal",
     "Datoen for mødet bliver den dag, afgørelsen kommer, hvis den er et nej.", False),
    ("dated_to_refusal",
     "Jeg har lavet en plan. Datoen bliver den dag, svaret kommer, hvis det er et nej,"
     " så flytter jeg til min bror.", False),
    ("dated_to_refusal",
     "Datoen bliver den dag, afgørelsen kommer, så jeg ved, hvornår jeg kan søge igen.",
     False),
    # not to go on living, the sentence ending there or as a burden; a life to change, or
    # living on with something, is none
    ("not_live_on", "Jeg kan ikke leve videre.", True),
    ("not_live_on", "Ærligt talt orker jeg ikke leve videre som en belastning for alle.",
     True),
    ("not_live_on", "jeg vil ik leve videre som en byrde for min familie", True),
    ("not_live_on", "Jeg vil ikke leve videre med den usikkerhed, I har skabt.", False),
    ("not_live_on", "Jeg vil ikke leve videre som kontanthjælpsmodtager, jeg vil have et job.",
     False),
    ("not_live_on", "Min mor vil ikke leve videre som en byrde for os, siger hun.", False),
    # the crisis sign agreed with a helper said to have come, beside means at hand; a pain
    # or an illness that got worse is none
    ("agreed_crisis_come",
     "Du bad mig ringe, hvis det blev værre igen. Det er blevet værre. Pillerne ligger"
     " i skuffen.", True),
    ("agreed_crisis_come",
     "Min psykolog sagde, jeg skulle sige til, hvis det blev for meget. Nu er det der."
     " Jeg har lavet en plan.", True),
    ("agreed_crisis_come",
     "Lotte sagde, jeg skulle skrive, når det blev slemt. Det er slemt nu. Jeg sidder med"
     " pillerne foran mig.", True),
    ("agreed_crisis_come",
     "Lægen sagde, jeg skulle ringe, hvis det blev værre med ryggen. Det er blevet værre.",
     False),
    ("agreed_crisis_come",
     "Du sagde, jeg skulle skrive, hvis det blev værre igen. Det er blevet værre med"
     " smerterne i knæet.", False),
    ("agreed_crisis_come",
     "Du sagde, jeg skulle skrive, hvis det blev slemt igen. Det er ikke slemt, bare"
     " travlt.", False),
    # what is needed gathered, then not coming, beside another half sign; papers, a trip
    ("gathered_and_not_coming",
     "Jeg har skaffet alt hvad jeg har brug for og kommer ikke på mandag. Tak for alt.",
     True),
    ("gathered_and_not_coming",
     "Jeg har samlet det jeg skal bruge og møder ikke op. Ingen vil savne mig.", True),
    ("gathered_and_not_coming",
     "har fundet det jeg skal bruge og skal ikke mere til samtaler. farvel for altid.", True),
    ("gathered_and_not_coming",
     "Jeg har samlet det jeg skal bruge og kommer ikke, for jeg har feber.", False),
    ("gathered_and_not_coming",
     "Jeg har samlet de papirer, jeg skal bruge, og kommer ikke før på tirsdag.", False),
    ("gathered_and_not_coming",
     "Jeg har samlet det jeg skal bruge til turen og kommer ikke til mødet.", False),
    # no meetings any more, beside another half sign; a job, a move or a boycott is none
    ("no_meetings_any_more",
     "Jeg kommer ikke til nogen samtaler mere. Jeg har lavet en plan.", True),
    ("no_meetings_any_more",
     "Jeg dukker aldrig op til nogen møder igen. Tak fordi du var den eneste der lyttede.",
     True),
    ("no_meetings_any_more",
     "Jeg deltager ikke i jeres møder. Eller til nogen møder mere. De ligger i skuffen.",
     True),
    ("no_meetings_any_more",
     "Jeg kommer ikke til nogen møder mere, for jeg har fået job.", False),
    ("no_meetings_any_more",
     "Jeg kommer ikke til nogen møder mere, før I har svaret på min klage.", False),
    ("no_meetings_any_more",
     "Jeg kommer ikke til nogen møder mere, jeg flytter til Aarhus.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "self_harm"), R385_OTH_SH)
def test_r385_oth_self_harm(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 389 oth
# self-harm between the lines: letting it all end, a trip with no way back to a bridge or the
# water, post sent to the writer's estate, not expecting to be here for an occasion
R389_OTH_SH = [
    # letting it all end, the sentence ending there or on a time; a matter let end here or in
    # something is none
    ("let_it_all_end",
     "Jeg stopper med pillerne og lader mit liv slutte i nat.", True),
    ("let_it_all_end", "Jeg er så træt af det hele. Så lader jeg det hele ende.", True),
    ("let_it_all_end",
     "jeg har smidt medicinen ud og lader bare det hele ende inden jul", True),
    ("let_it_all_end", "Jeg lader det hele ende her og klager ikke mere.", False),
    ("let_it_all_end", "Jeg lader sagen ende her.", False),
    ("let_it_all_end", "Vi lader det hele ende med en god fest for holdet.", False),
    # a trip with no way back beside a bridge or the water; a move, a walk or a commute is
    # none
    ("no_way_back",
     "Hvis I stopper min ydelse, tager jeg ud til havnen, og jeg skal kun den ene vej.", True),
    ("no_way_back",
     "Jeg står ude ved havet nu og har ikke tænkt mig at gå hjem igen.", True),
    ("no_way_back",
     "I morgen kører jeg ud til Øresundsbroen. Jeg skal kun den ene vej.", True),
    ("no_way_back",
     "Jeg har købt billet og skal kun den ene vej, for jeg flytter til Spanien.", False),
    ("no_way_back",
     "Jeg sidder ved fjorden med hunden og kommer ikke hjem igen før i aften.", False),
    ("no_way_back", "Jeg kører ud til Storebæltsbroen hver dag på arbejde.", False),
    # post sent to the writer's own estate, beside another sign; another's estate, or alone
    # a bitter joke about slowness, is none
    ("to_my_estate",
     "Jeg har givet min kat væk. Svaret kan I sende til mit dødsbo.", True),
    ("to_my_estate",
     "Jeg har sagt farvel til min søster. Afgørelsen må gå til mine efterladte.", True),
    ("to_my_estate",
     "Jeg skal ikke bruge det, hvor jeg skal hen. Brevet kan sendes til mit dødsbo.", True),
    ("to_my_estate",
     "Svaret kan I sende til mit dødsbo, så lang tid som det tager.", False),
    ("to_my_estate",
     "Jeg er bobestyrer i min fars dødsbo og sender papirerne.", False),
    ("to_my_estate", "Send regningen til min mors dødsbo, tak.", False),
    # not expecting to be here for the occasion told before, beside another sign; a meeting,
    # a course or a trip the writer will miss is none
    ("not_here_for_it",
     "Min søn bliver student til sommer. Jeg tror ikke, jeg når at opleve det. I kan bare"
     " lukke sagen.", True),
    ("not_here_for_it",
     "Jeg har skrevet breve til mine børn. Barnebarnet kommer i marts, men jeg regner ikke"
     " med at være her til det.", True),
    ("not_here_for_it",
     "Min datter fylder 30 i maj. Jeg forventer ikke at være her til den. Luk bare min"
     " sag.", True),
    ("not_here_for_it",
     "Samtalen er den 5., men jeg regner ikke med at være her til den.", False),
    ("not_here_for_it",
     "Kurset starter i april. Jeg tror ikke, jeg er med til det, for jeg skal på ferie.",
     False),
    ("not_here_for_it",
     "Der er fest på fredag. Jeg regner ikke med at være her til den.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "self_harm"), R389_OTH_SH)
def test_r389_oth_self_harm(idea: str, text: str, self_harm: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is self_harm, idea
    assert "threat" not in labels, idea


# round 393 oth: waiting to dare to step out in front of a train, the urge to cut back,
# razor blades got not for shaving, ending up with the razor blade
R393_OTH_SELF_HARM = [
    ("dares_to_step_out",
     "Hver morgen står jeg ved sporet og håber, at jeg tør gå ud foran toget.", True),
    ("dares_to_step_out", "I aften tror jeg, at jeg endelig tør hoppe ud fra broen.", True),
    ("dares_to_step_out", "Jeg mangler bare modet til at træde ud foran en lastbil.", True),
    ("dares_to_step_out", "Jeg tør ikke gå ud foran bussen, før den holder helt stille.", False),
    ("dares_to_step_out", "Min søn tør endelig hoppe fra vippen i svømmehallen.", False),
    ("dares_to_step_out", "Jeg tør godt tage toget alene nu.", False),
    ("urge_back",
     "Jeg har cuttet mig tidligere, og nu er suget kommet igen efter jeres brev.", True),
    ("urge_back",
     "Trangen til at skære i mig selv er kommet tilbage, siden I stoppede min "
     "ydelse.", True),
    ("urge_back", "Jeg har ridset mig før, og trangen vender tilbage hver aften.", True),
    ("urge_back", "Min datter har skåret sig før, og nu er trangen tilbage hos hende.", False),
    ("urge_back", "Trangen til at ryge er kommet tilbage efter mødet.", False),
    ("urge_back", "Jeg har skåret mig på et glas før, det var et uheld.", False),
    ("blades_not_for_shaving",
     "Jeg har en æske barberblade i skuffen, og de er ikke til at barbere mig med.", True),
    ("blades_not_for_shaving",
     "Der ligger barberblade på badeværelset nu, og ikke for at barbere benene.", True),
    ("blades_not_for_shaving", "Jeg har gemt nogle barberblade, men ikke til barbering.", True),
    ("blades_not_for_shaving",
     "Jeg købte barberblade til min mand, ikke for at barbere mig selv.", False),
    ("blades_not_for_shaving",
     "Jeg har ikke råd til barberblade, så jeg barberer mig ikke.", False),
    ("blades_not_for_shaving", "Barberblade er dyre, men jeg kan ikke undvære dem.", False),
    ("ends_with_blade",
     "Når jeg kommer hjem fra jobcentret, ender jeg altid med barberbladet.", True),
    ("ends_with_blade", "Hver gang I ringer, endte jeg med barberbladene igen.", True),
    ("ends_with_blade", "Jeg ender med barberbladene igen, hvis I ikke hjælper mig.", True),
    ("ends_with_blade", "Vi endte med at købe barberblade i Netto.", False),
    ("ends_with_blade", "Jeg endte med en ny barbermaskine.", False),
    ("ends_with_blade", "Historien ender med barberbladet i skuffen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_SELF_HARM)
def test_r393_oth_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 397 sh: into the water with a time told, the case let go beside where the writer
# goes, a plan for the means if refused, pondering the fall high up, not there anyway, the
# own funeral planned and only the day left (half signs shown beside another half sign)
R397_SH_SELF_HARM = [
    ("into_water_at_a_time",
     "Efter mødet vil jeg gå ud i fjorden i aften og bare blive der.", True),
    ("into_water_at_a_time",
     "Jeg har tænkt på at vade ud i søen en nat og aldrig komme op igen.", True),
    ("into_water_at_a_time",
     "Jeg vil ud i havnen når det bliver mørkt og bare forsvinde.", True),
    ("into_water_at_a_time", "Vi skal ud i havet i morgen og bade med børnene.", False),
    ("into_water_at_a_time",
     "Jeg padler ud i fjorden i aften og bliver derude til solnedgang.", False),
    ("into_water_at_a_time",
     "Min søn vil ud i vandet i dag og blive der hele eftermiddagen.", False),
    ("case_let_go_where_going",
     "Du skal ikke spilde mere tid på mine papirer, for jeg får ikke brug for hjælp der, "
     "hvor jeg skal hen.", True),
    ("case_let_go_where_going",
     "I skal ikke bruge mere tid på min ansøgning. Jeg får ikke brug for pengene der, "
     "hvor jeg går hen.", True),
    ("case_let_go_where_going",
     "Der hvor jeg skal hen, får jeg ikke brug for noget. Du behøver ikke bekymre dig om "
     "mine skemaer.", True),
    ("case_let_go_where_going",
     "Du skal ikke tænke mere på mine papirer, jeg har fået job i Aarhus og får ikke brug "
     "for pengene der, hvor jeg skal hen.", False),
    ("case_let_go_where_going", "Du skal ikke tænke mere på min sag, den er afsluttet.", False),
    ("case_let_go_where_going",
     "I behøver ikke bekymre jer om mine papirer, jeg flytter til Norge, og hvor jeg skal "
     "hen, får jeg ikke brug for kontanthjælp.", False),
    ("knows_use_of_means",
     "Jeg har gemt et glas piller. Hvis I siger nej til min ansøgning, ved jeg godt, hvad "
     "jeg gør med dem.", True),
    ("knows_use_of_means",
     "Rebet ligger i skuret, og jeg ved præcis, hvad jeg skal gøre med det, når I stopper "
     "min ydelse.", True),
    ("knows_use_of_means",
     "Hvis det bliver afslag igen, ved jeg nøjagtig, hvad jeg gør med pillerne.", True),
    ("knows_use_of_means",
     "Lægen gav mig sovepiller. Jeg ved præcis, hvad jeg skal gøre med dem, hvis jeg ikke "
     "kan sove.", False),
    ("knows_use_of_means",
     "Jeg har nogle gamle piller i skabet, og jeg ved ikke, hvad jeg skal gøre med dem.", False),
    ("knows_use_of_means",
     "Jeg har fået ny medicin, og jeg ved godt, hvad jeg skal gøre, hvis I afviser min "
     "klage: så går jeg til Ankestyrelsen.", False),
    ("ponders_the_fall",
     "Jeg står tit ude på tagterrassen og spekulerer over, hvor langt der er ned.", True),
    ("ponders_the_fall",
     "Når I ringer, sætter jeg mig i vindueskarmen på femte etage og tænker på, om det "
     "ville gøre ondt.", True),
    ("ponders_the_fall",
     "Jeg tænker på, hvor langt der er ned fra broen, hver gang jeg cykler over den.", True),
    ("ponders_the_fall",
     "Vi sidder på altanen og tænker på, hvor hurtigt det ville gå at male den.", False),
    ("ponders_the_fall", "Jeg står på altanen og tænker på, hvor hurtigt sommeren er gået.", False),
    ("ponders_the_fall",
     "Fra vinduet på kontoret tænkte jeg på, hvor hurtigt det ville gå, hvis I bare ringede "
     "tilbage.", False),
    ("not_there_anyway",
     "I kan godt aflyse samtalen. Jeg er her ikke alligevel. Jeg har fundet ud af, hvordan "
     "jeg gør det.", True),
    ("not_there_anyway",
     "Lad bare mødet ligge, så er jeg der ikke alligevel. Jeg har tænkt over det længe.", True),
    ("not_there_anyway",
     "Send ikke flere indkaldelser, jeg er der alligevel ikke. Jeg har tænkt over det "
     "længe.", True),
    ("not_there_anyway", "Ingen grund til at flytte mødet, jeg er der ikke alligevel.", False),
    ("not_there_anyway", "Jeg er der ikke alligevel på tirsdag, så flyt gerne mødet.", False),
    ("not_there_anyway",
     "I kan godt aflyse mødet, jeg er der ikke alligevel, for jeg er syg. Jeg har tænkt "
     "over det længe.", False),
    ("not_there_anyway",
     "Jeg er der ikke alligevel. Jeg har besluttet mig for at tage ud til min søster.", False),
    ("not_there_anyway",
     "Jeg er her ikke alligevel på fredag, jeg har besluttet at køre hjem til mine forældre.",
     False),
    ("not_there_anyway",
     "Så er jeg der ikke alligevel, jeg har besluttet at tage over til min kæreste i Odense.",
     False),
    ("funeral_and_day",
     "Jeg har valgt musikken til min egen bisættelse. Nu mangler jeg kun at bestemme "
     "datoen.", True),
    ("funeral_and_day",
     "Jeg har skrevet ned, hvilke sange der skal spilles. Det sidste, jeg mangler, er at "
     "vælge en dato.", True),
    ("funeral_and_day",
     "Ingen ved, at jeg har bestemt, hvilke salmer der skal synges. Det eneste jeg mangler "
     "er at finde dagen.", True),
    ("funeral_and_day",
     "Vi har valgt, hvilke salmer der skal synges til brylluppet. Det eneste, jeg mangler, "
     "er at vælge dagen.", False),
    ("funeral_and_day",
     "Jeg har skrevet ned, hvilke salmer der skal synges til min mors begravelse.", False),
    ("funeral_and_day", "Nu mangler jeg bare at vælge datoen for flytningen.", False),
    ("funeral_and_day", "Det eneste, jeg mangler, er at vælge dagen til mødet med jer.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_SH_SELF_HARM)
def test_r397_sh_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 401 oth
# burning or cutting oneself with a cigarette, a lighter or a blade, told without "selv"; a
# place to hang oneself said to hold, beside another sign. Accidents, another person who does
# it, a beam for a swing and the hold alone are none
R401_OTH_SELF_HARM = [
    ("hurt_with_tool", "Når jeg får afslag, skærer jeg mig med et barberblad.", True),
    ("hurt_with_tool",
     "Jeg brændte mig på armen med min lighter igen i nat, det er det eneste der hjælper.",
     True),
    ("hurt_with_tool", "Efter hvert møde ridser jeg mig med glasskår.", True),
    ("hurt_with_tool", "Jeg brændte mig på komfuret i går, så jeg kan ikke skrive så meget.",
     False),
    ("hurt_with_tool", "Jeg kom til at brænde mig med en cigaret, da jeg tændte den.", False),
    ("hurt_with_tool", "Jeg skar mig på et glasskår ved et uheld.", False),
    ("hanging_point",
     "Ingen vil savne mig. Jeg har tjekket krogen i loftet, og den kan bære min vægt.", True),
    ("hanging_point",
     "Jeg har skrevet farvel til mine børn. Jeg fandt en gren i skoven, der kan holde.", True),
    ("hanging_point",
     "Jeg har fundet en bjælke i laden, der kan holde. Jeg orker ikke mere.", True),
    ("hanging_point", "Vi har fundet en bjælke på loftet, der kan holde til gyngen.", False),
    ("hanging_point", "Tømreren fandt en bjælke, der kan bære taget.", False),
    ("hanging_point", "Krogen i loftet kan holde til lampen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_SELF_HARM)
def test_r401_oth_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 405 oth
R405_OTH_SELF_HARM = [
    ("lie_down", "Jeg tænker mere og mere på at lægge mig ud foran toget.", True),
    ("lie_down", "Jeg har tit overvejet at lægge mig foran en lastbil.", True),
    ("lie_down", "I nat tænkte jeg på at lægge mig ind foran bussen.", True),
    ("lie_down", "Jeg lagde mig foran døren og sov.", False),
    ("lie_down", "Hunden lægger sig altid foran pejsen.", False),
    ("lie_down", "Jeg lagde mig på sofaen foran fjernsynet.", False),
    ("dare", "Jeg stod ved kanten af broen i går, men turde ikke.", True),
    ("dare", "Jeg har stået på perronen og ventet på, at jeg turde.", True),
    ("dare", "Jeg gik ud på skinnerne i nat og ventede på, at jeg fik modet.", True),
    ("dare", "Jeg stod på perronen og ventede på toget til Odense.", False),
    ("dare", "Jeg stod på perronen og turde ikke spørge konduktøren.", False),
    ("dare", "Jeg har stået ved kanten og ventet på, at jeg turde springe i vandet.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R405_OTH_SELF_HARM)
def test_r405_oth_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 409 exposure, self-harm, doxxing, representatives and false staff names in sets 409–416
R409_OTH_SELF_HARM = [
    ("not_waking", "Om aftenen drømmer jeg om bare ikke at vågne op igen.", True),
    ("not_waking", "Jeg tænker tit på, hvor rart det ville være ikke at vågne.", True),
    ("not_waking", "Jeg ønsker mig mest af alt ikke at vågne mere.", True),
    ("not_waking", "Jeg tænker på ikke at vågne for sent til mødet.", False),
    ("not_waking", "Jeg håber ikke at vågne klokken fem igen i morgen.", False),
    ("not_waking", "Jeg tænker på, om børnene kan lade være med at vågne om natten.", False),
    ("plan_and_not_here",
     "Jeg har ikke tænkt mig at være til, når svaret om min pension kommer. Planen er lagt.",
     True),
    ("plan_and_not_here", "Jeg har ikke mere tilbage. I nat lavede jeg en plan for det.", True),
    ("plan_and_not_here", "Min plan for jobsøgningen er klar. Jeg orker ikke mere.", False),
    ("plan_and_not_here", "Min plan er klar: jeg søger fem job om ugen.", False),
    ("plan_and_not_here",
     "Jeg har ikke tænkt mig at være her, når I ringer, for jeg er på arbejde.", False),
    ("plan_and_not_here", "Jeg har ikke mere tilbage af pengene fra april.", False),
    ("resist", "Jeg har fundet et sted på broen. Jeg har ikke mere at stå imod med.", True),
    ("resist", "Jeg har ikke mere at stå imod med, når I nu skærer igen.", False),
    ("trains_fast",
     "Der er ingen grund til at blive ved. Jeg har udset mig et sted, hvor togene drøner forbi.",
     True),
    ("trains_fast",
     "Der er ingen grund til at blive ved. Jeg har fundet en plads ved sporet, hvor toget kører"
     " stærkt.", True),
    ("trains_fast", "Vi har fundet et sted at bo, hvor toget kører hurtigt ind til byen.", False),
    ("trains_fast", "Jeg har fundet et sted, hvor togene kører tæt forbi, til mine billeder.",
     False),
    ("courage_to_jump", "Jeg stod oppe på motorvejsbroen og manglede modet til at hoppe.", True),
    ("courage_to_jump", "Jeg sad på broen i nat og prøvede at samle mod til at springe.", True),
    ("courage_to_jump", "Jeg fandt modet til at springe ud i det og søgte jobbet.", False),
    ("courage_to_jump", "Jeg stod på vippen og manglede modet til at springe i vandet.", False),
    ("courage_to_jump", "Jeg fik endelig mod til at springe ud som homo.", False),
    ("goodbye_while_able",
     "Jeg skriver bare for at sige farvel, mens jeg endnu kan. Tak for alt.", True),
    ("goodbye_while_able",
     "Jeg vil bare tage afsked med jer, mens jeg stadig kan.", True),
    ("goodbye_while_able",
     "Jeg vil bare sige farvel, mens jeg stadig kan, for vi flytter til Aalborg.", False),
    ("goodbye_while_able", "Jeg vil sige tak, mens jeg stadig kan nå det.", False),
    ("things_to_sibling",
     "Sig til min storesøster, at hun må få mit guitar og mine plader. Jeg gider ikke mere.",
     True),
    ("things_to_sibling",
     "Min bror skal arve mit ur. I kan bare slette min sag. Jeg gider ikke mere.", True),
    ("things_to_sibling",
     "Min søster må få min gamle cykel, når jeg flytter. Jeg gider ikke mere.", False),
    ("things_to_sibling",
     "Min lillebror skal have mine sko, de er blevet for små. Jeg gider ikke mere.", False),
    ("things_to_sibling", "Min bror må få min computer til sin fødselsdag.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R409_OTH_SELF_HARM)
def test_r409_oth_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 417 exposure, self-harm, doxxing, representatives and staff names in sets 417–424
R417_OTH_SELF_HARM = [
    ("no_way_out", "Der er ingen anden udvej end at gøre en ende på det hele.", True),
    ("no_way_out", "Jeg ser ingen anden løsning end at ende mit liv.", True),
    ("no_way_out", "Jeg har ikke nogen anden vej end at afslutte det.", True),
    ("no_way_out", "Der er ingen anden udvej end at klage til Ankestyrelsen.", False),
    ("no_way_out", "Vi må gøre en ende på det her cirkus med papirerne.", False),
    ("no_way_out", "Jeg ser ingen anden løsning end at flytte.", False),
    ("give_up_life", "Jeg orker ikke mere. Jeg giver snart op på livet.", True),
    ("give_up_life", "Jeg har ingen kræfter tilbage, og jeg har opgivet livet.", True),
    ("give_up_life", "Jeg kan ikke mere, jeg giver fuldstændig op på at leve.", True),
    ("give_up_life", "Jeg giver op på livet som selvstændig og søger kontanthjælp.", False),
    ("give_up_life", "Min onkel har givet op på livet efter skilsmissen.", False),
    ("give_up_life", "Jeg giver ikke op, jeg klager over afgørelsen.", False),
    ("pills_night",
     "Jeg har talt efter. Pillerne er nok til præcis én nat. Jeg har bestemt mig.", True),
    ("pills_night", "Jeg orker ikke mere. Sovepillerne rækker lige til en aften.", True),
    ("pills_night",
     "Jeg har regnet på det, og min medicin rækker til én gang. Jeg kan ikke mere.", True),
    ("pills_night", "Min medicin rækker kun til en uge mere, kan lægen ringe?", False),
    ("pills_night", "Pillerne er nok til en måned, siger apoteket.", False),
    ("pills_night", "Jeg har regnet ud, hvornår jeg skal have ny recept.", False),
    ("goodbye_from_me", "Jeg har bestemt mig. Sig farvel til Sofie fra mig.", True),
    ("goodbye_from_me", "Jeg kan ikke mere. Sig farvel til holdet fra mig.", True),
    ("goodbye_from_me", "Jeg orker ikke mere. Hils og sig farvel til min mentor fra mig.", True),
    ("goodbye_from_me", "Sig farvel til Sofie fra mig, jeg starter i nyt job på mandag.", False),
    ("goodbye_from_me", "Sig farvel til holdet fra mig, jeg flytter til Odense.", False),
    ("goodbye_from_me", "Sig hej til Sofie fra mig.", False),
    ("when_found", "Jeg orker ikke mere. Når de finder mig, kan de takke kommunen.", True),
    ("when_found", "Jeg kan ikke mere. Hvis nogen finder mig, så er det jeres skyld.", True),
    ("when_found", "Jeg giver op. Når politiet finder mig, ved de hvorfor.", True),
    ("when_found", "Hvis de finder mig en bolig, kan jeg flytte.", False),
    ("when_found", "Når de finder mig egnet til fleksjob, vil jeg gerne starte.", False),
    ("when_found", "Jeg orker ikke mere af det her papirarbejde.", False),
    ("rid_of_me", "I slipper snart for mig, jeg har fundet ud af hvordan.", True),
    ("rid_of_me", "Jeg kan ikke mere. Jobcentret slipper for mig nu.", True),
    ("rid_of_me", "Du slipper for mig snart. Jeg har bestemt mig.", True),
    ("rid_of_me", "I slipper for mig nu, jeg har fået job.", False),
    ("rid_of_me", "I slipper snart for mig, for jeg flytter til Aalborg.", False),
    ("rid_of_me", "Jeg slipper snart for jer, når forløbet er slut.", False),
    ("things_keys", "Mine bøger har jeg givet til biblioteket, og nøglen ligger hos naboen.", True),
    ("things_keys", "Mit tøj har jeg doneret til genbrug. Jeg skal ikke bruge mere.", True),
    ("things_keys", "Nøglerne er afleveret til udlejeren. Pas godt på jer selv.", True),
    ("things_keys", "Nøglerne ligger hos naboen, mens jeg er på ferie.", False),
    ("things_keys", "Min gamle cykel har jeg givet til min nevø i fødselsdagsgave.", False),
    ("things_keys", "Nøglen ligger hos viceværten, for jeg flytter på fredag.", False),
    ("need_no_more",
     "Jeg skal ikke bruge jeres hjælp mere. Mine ting har jeg givet væk. Farvel.", True),
    ("need_no_more", "Jeg skal ikke bruge mere. Nøglerne ligger hos viceværten.", True),
    ("need_no_more", "Jeg har ikke flere kræfter. Jeg skal ikke bruge mere hjælp.", True),
    ("need_no_more", "Jeg skal ikke bruge mere hjælp, jeg har fået job.", False),
    ("need_no_more", "Jeg skal ikke bruge mere, jeg er blevet rask.", False),
    ("need_no_more", "Jeg skal ikke bruge den blanket mere.", False),
    ("take_care", "Jeg har givet mine ting væk. Pas godt på jer selv.", True),
    ("take_care", "Nøglen ligger hos udlejeren. Pas på dig selv.", True),
    ("take_care", "Jeg kan ikke mere. Passe godt på jer selv.", True),
    ("take_care", "God ferie og pas på jer selv.", False),
    ("take_care", "Pas på jer selv i kulden derude.", False),
    ("take_care", "Tak for i dag, pas på jer selv og god weekend.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R417_OTH_SELF_HARM)
def test_r417_oth_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 429–432
R433_OTH2_SELF_HARM = [
    ("how_when", "Det er snart slut. Jeg har fundet ud af hvornår og hvordan.", True),
    ("how_when", "Jeg har endelig fundet ud af hvordan og hvor. Tak for jeres tålmodighed.", True),
    ("how_when", "Ingen skal lede efter mig. Jeg har allerede fundet ud af hvor og hvornår.", True),
    ("how_when", "Jeg har fundet ud af hvordan og hvornår man søger om boligstøtte.", False),
    ("how_when", "Jeg har ikke fundet ud af hvordan og hvornår jeg skal møde op.", False),
    ("how_when", "Hun har fundet ud af hvor og hvornår kurset er.", False),
    ("funeral", "Jeg har aftalt min egen bisættelse med bedemanden i går.", True),
    ("funeral", "Nu har jeg bestilt min begravelse, så ingen skal bøvle med det.", True),
    ("funeral", "Jeg har været hos præsten for at forberede min begravelse.", True),
    ("funeral", "Jeg har ordnet min mors begravelse og er helt udmattet.", False),
    ("funeral", "Jeg har en begravelsesforsikring, så min begravelse er ordnet.", False),
    ("funeral", "Jeg skal arrangere begravelsen for min far på fredag.", False),
    ("hear_again",
     "Jeg har givet mine ting væk. Vær ikke ked af det, hvis I aldrig hører fra mig igen.",
     True),
    ("hear_again", "Mine ting har jeg givet væk. Når du ikke hører mere fra mig igen, så ved du "
     "det.", True),
    ("hear_again", "Nøglerne ligger hos naboen. Hvis I ikke hører fra mig igen, er det okay.",
     True),
    ("hear_again", "Jeg kan ikke mere. Hvis I ikke hører fra mig inden fredag, så ring.", False),
    ("hear_again", "Jeg har fået job, så I hører ikke fra mig igen. Hvis du ikke hører fra mig "
     "igen, er det derfor.", False),
    ("hear_again", "Hvis jeg ikke hører fra jer igen, klager jeg.", False),
    ("last_decisions", "Jeg har truffet mine sidste beslutninger. Kontakt mig ikke igen.", True),
    ("last_decisions", "Nu har jeg taget de sidste beslutninger. Mine ting har jeg givet væk.",
     True),
    ("last_decisions", "Jeg har truffet de sidste beslutninger i min sag. Kontakt mig ikke "
     "igen.", False),
    ("last_decisions", "Vi har taget de sidste beslutninger om flytningen. Kontakt mig ikke mere.",
     False),
    ("last_decisions", "Jeg har taget de sidste beslutninger om min uddannelse.", False),
    ("last_decisions", "De har taget de sidste beslutninger i sagen.", False),
    ("no_contact", "Kontakt mig ikke igen. Jeg har givet mine ting væk.", True),
    ("no_contact", "I skal ikke kontakte mig mere. Jeg har truffet mine sidste beslutninger.",
     True),
    ("no_contact", "Kontakt mig ikke længere. Pas godt på jer selv.", True),
    ("no_contact", "Kontakt mig ikke mere på telefon. Jeg har givet mine ting væk.", False),
    ("no_contact", "Kontakt mig ikke mere, jeg har fået job.", False),
    ("no_contact", "Kontakt mig ikke mere, min advokat har sagen nu.", False),
    ("kin_home", "Jeg har skrevet under, så min søn arver huset. Pas godt på jer selv.", True),
    ("kin_home", "Alt er klaret, så min søster overtager lejligheden. Jeg kan ikke mere.", True),
    ("kin_home", "Jeg har sørget for, så mine børn får alt. Kontakt mig ikke igen.", True),
    ("kin_home", "Jeg har ordnet papirerne, så min datter overtager lejligheden når jeg flytter "
     "på plejehjem. Kontakt mig ikke igen.", False),
    ("kin_home", "Jeg har ordnet det, så min søn får børnepenge.", False),
    ("kin_home", "Vi er blevet skilt, og jeg har ordnet det, så min kone får huset.", False),
    ("absent_call", "Jeg kommer ikke mere, og der er ingen grund til at lede. Pas på jer selv.",
     True),
    ("absent_call", "Jeg kommer ikke på mandag, så der er ingen grund til at ringe. Jeg kan "
     "ikke mere.",
     True),
    ("absent_call", "Jeg kommer ikke til mødet, ikke nogen grund til at skrive. Mine ting har jeg "
     "givet væk.", True),
    ("absent_call", "Jeg kommer ikke i morgen, jeg er syg, så ingen grund til at ringe.", False),
    ("absent_call", "Jeg kommer ikke, jeg sender papirerne, så ingen grund til at ringe.", False),
    ("absent_call", "Der er ingen grund til at ringe til mig, jeg kommer.", False),
    ("last_application", "Det var min sidste ansøgning, jeg sender. Jeg kan ikke mere.", True),
    ("last_application", "Det var så det sidste brev, jeg skriver. Pas godt på jer selv.", True),
    ("last_application", "Det var den sidste mail, jeg sender. Mine ting har jeg givet væk.",
     True),
    ("last_application", "Det var den sidste ansøgning jeg sender i denne uge. Jeg kan ikke mere.",
     False),
    ("last_application", "Det var den sidste ansøgning, jeg sender, for nu har jeg fået job.",
     False),
    ("last_application", "Det var den sidste ansøgning, jeg sender før ferien.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH2_SELF_HARM)
def test_r433_oth2_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 425–428
R433_OTH1_SELF_HARM = [
    ("toil_over_task", "Projektet, jeg er ved at dræbe mig selv over, skal ind mandag.", False),
    ("toil_over_task", "Jeg dræber mig selv over den rapport, så jeg kan ikke nå mødet.", False),
    ("toil_over_task", "Eksamen er en opgave jeg dræber mig selv over for tiden.", False),
    ("toil_over_task", "Jeg vil dræbe mig selv over det her afslag.", True),
    ("toil_over_task", "Jeg har tænkt på at dræbe mig selv.", True),
    ("toil_over_task", "Jeg dræber mig selv over det, I har gjort.", True),
    ("cut_off",
     "Jeg smed telefonen i havnen og har lukket min Instagram. Jeg kan ikke mere.", True),
    ("cut_off", "Har kastet mobilen i søen. Brevet til min søster ligger på bordet.", True),
    ("cut_off",
     "Jeg har slettet mine profiler og smidt telefonen. Jeg har skrevet til min datter og "
     "sagt undskyld.", True),
    ("cut_off", "Jeg har tabt min mobil i vandet, så ring på fastnettet. Jeg kan ikke mere.",
     False),
    ("cut_off", "Jeg har slettet min Facebook pga. hackere.", False),
    ("cut_off", "Min søn smed min telefon i vandet, så jeg har et nyt nummer.", False),
    ("hoarded", "Jeg har gemt alt det, lægen har skrevet ud siden sommer. Jeg kan ikke mere.",
     True),
    ("hoarded",
     "Har sparet op på alt det psykiateren har ordineret. Hvis svaret er nej, ved jeg hvad "
     "jeg gør.", True),
    ("hoarded",
     "Hvis afslaget kommer igen, ved jeg godt hvad jeg gør. Jeg vil bare have at nogen ved det.",
     True),
    ("hoarded", "Jeg har samlet alt det, lægen har skrevet om mig, i en mappe.", False),
    ("hoarded", "Hvis afslaget kommer, ved jeg hvad jeg gør: jeg klager til Ankestyrelsen.",
     False),
    ("hoarded", "Når svaret kommer, ved jeg hvad jeg skal gøre med min ansøgning.", False),
    ("end_apology",
     "Det eneste der holder mig oppe er at det hele snart er forbi. Jeg har skrevet til "
     "min mor og bedt om tilgivelse.", True),
    ("end_apology",
     "Tanken om at alt snart er slut giver mig ro. Jeg kan ikke mere.", True),
    ("end_apology", "Jeg har sagt undskyld til mine børn. Jeg kan ikke mere.", True),
    ("end_apology", "Tanken om at eksamen snart er overstået holder mig oppe.", False),
    ("end_apology",
     "Jeg har skrevet til min søster og sagt undskyld for at jeg glemte hendes fødselsdag.",
     False),
    ("end_apology", "Det eneste der holder mig oppe er at forløbet snart er slut.", False),
    ("things_promised",
     "Jeg har aftalt med min søster at hun får mine smykker. Jeg får ikke brug for dem "
     "længere efter weekenden.", True),
    ("things_promised",
     "Jeg har lovet min nabo at han skal have min cykel og mine bøger. Jeg kan ikke mere.", True),
    ("things_promised",
     "Jeg skal ikke bruge den mere efter på fredag. Jeg har skrevet undskyld til mine børn.",
     True),
    ("things_promised",
     "Jeg har aftalt med min bror at han får min bil, når jeg flytter til Spanien.", False),
    ("things_promised", "Jeg skal ikke bruge den mere efter næste uge, for jeg har fået job.",
     False),
    ("things_promised", "Jeg har aftalt med min søster at hun får min sofa.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH1_SELF_HARM)
def test_r433_oth1_self_harm(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("self_harm" in labels) is expected, (idea, text)
    assert "threat" not in labels, idea
