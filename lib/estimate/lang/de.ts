import type { LanguagePack } from './pack';

/** German. Umlauts folded; unknown compounds split into known parts ("Buchungs|system"). */
export const de: LanguagePack = {
  code: 'de',
  compounds: true,
  suffixes: 'innen ern en er es em e n s',
  flags: {
    QUANT:
      'alle allen alles ganze ganzen ganzes gesamte gesamten komplette kompletten jede jeden jedes jeder',
    EVERYWHERE: 'überall global app-weit seitenweit',
    SURF_APP:
      'app apps anwendung applikation website webseite seite-weit plattform projekt oberfläche ui frontend',
    SURF_PART:
      'seite seiten bildschirm bildschirme ansicht ansichten buttons knöpfe listen formulare tabellen ' +
      'komponenten karten links texte überschriften titel modals schriften icons bilder labels ' +
      'abschnitte menüs tabs farben stile stellen teile bereiche routen elemente beschriftungen ' +
      'meldungen nachrichten felder spalten tooltips dialoge popups',
    LANG:
      'sprache sprachen englisch spanisch französisch deutsch hebräisch japanisch portugiesisch ' +
      'italienisch chinesisch arabisch russisch mehrsprachig',
    MOBILE: 'mobil mobile handy handys smartphone smartphones tablet tablets telefon',
    CREATE:
      'füge hinzufügen fügt erstelle erstellen erstellt baue bauen baut implementiere implementieren ' +
      'entwickle entwickeln integriere integrieren mach mache machen brauche brauchen will möchte ' +
      'möchten hätte generiere lege anlegen richte einrichten',
    HEAD_STRONG:
      'system modul portal plattform crm lms erp cms forum marktplatz tracker verwaltung programm hub suite',
    HEAD_WEAK:
      'funktion feature bereich abschnitt teil ablauf workflow sammlung panel dashboard tool werkzeug ' +
      'seite verzeichnis katalog shop blog wiki postfach kalender board übersicht bibliothek chat ' +
      'messenger planer organizer tagebuch log generator center zentrale prozess app anwendung',
    DOMAIN:
      'jobbörse stellenbörse jobs stellen stellenanzeigen analyse analysen analytics auswertung auswertungen verwaltung tracking buchung buchungen reservierung reservierungen termin termine terminbuchung ' +
      'inventar lager abrechnung rechnungen abo abonnement abonnements zahlungen ticket tickets ' +
      'newsletter nachrichten chat blog personal gehalt treue prämien kurs kurse lektionen quiz events ' +
      'veranstaltungen anmeldung registrierung recruiting bewerbung bewerbungen onboarding mitgliedschaft ' +
      'mitglieder ecommerce shop forum ausgaben spesen urlaub anlagen fuhrpark wartung empfehlungen ' +
      'umfrage umfragen auktion spenden ehrenamt zeiterfassung arbeitszeit crm admin support ' +
      'bewertungen bestellungen bestellung versand katalog lernen kunden',
    ENTITY: 'entität entitäten entity entities schema datenbank datenmodell modell modelle datensätze',
    ROLE: 'rollen berechtigungen rechte',
    ACTOR:
      'firmen unternehmen ich admin admins administrator administratoren manager managerin prüfer gutachter student studenten ' +
      'schüler dozent dozenten lehrer lehrerin mitarbeiter mitarbeiterin angestellte personal verkäufer ' +
      'käufer kunden mitglieder bewerber agenten autoren gastgeber gäste patienten ärzte fahrer ' +
      'moderator moderatoren lieferanten nutzer benutzer besitzer eltern trainer abonnenten teilnehmer ' +
      'kandidaten',
    FLOW:
      'bewerben bewirbt bewerbung genehmigen genehmigt genehmigung freigeben freigabe prüfen prüft prüfung einreichen einreicht ' +
      'beantragen antrag anträge anmelden moderieren moderation zuweisen zuweisung bewerten bewertung ' +
      'ranking einchecken buchen verwalten verwaltet sehen sieht',
    PAGEISH:
      'seite seiten ansicht dashboard panel warteschlange board bericht berichte statistiken analysen ' +
      'kalender verlauf historie bildschirm postfach editor formular formulare übersicht',
    ELEMENT:
      'pfeil pfeile toast toasts snackbar button knopf schaltfläche link icon symbol badge karte kachel header kopfzeile footer fußzeile ' +
      'navbar navigation sidebar seitenleiste banner hero titel überschrift untertitel label feld ' +
      'eingabefeld input tabelle diagramm chart bild logo avatar modal dialog popup tooltip dropdown ' +
      'checkbox toggle schalter tab reiter menü formular spalte zeile filter liste nachricht meldung ' +
      'platzhalter placeholder zähler vorschaubild foto trenner trennlinie spinner slider tags chip emoji ' +
      'schatten rahmen datum text absatz',
    FIX:
      'behebe beheben fixe fixen repariere reparieren korrigiere korrigieren fehler bug bugs kaputt ' +
      'funktioniert absturz stürzt problem nan undefined hilfe',
    DET:
      'der die das den dem des ein eine einen einem einer dieser diese dieses diesen mein meine meinen ' +
      'unser unsere unseren dein deine ihr ihre neue neuen neuer neues im am zum zur vom',
    BOUNDARY:
      'mit für damit wo wenn falls auf in an zu hinzu um von über unter durch bei nach aus ohne inklusive ' +
      'während dass',
    WH: 'warum wieso weshalb wie was wer welche welcher welches wo wann',
    IMPERATIVE:
      'ändere ändern mach mache setze setzen füge entferne entfernen lösche löschen behebe repariere ' +
      'korrigiere aktualisiere verschiebe benutze verwende nutze benenne ersetze zeige zeig verstecke ' +
      'blende erhöhe vergrößere verkleinere reduziere richte zentriere erlaube erstelle baue ' +
      'implementiere übersetze gestalte gib wandle aktiviere deaktiviere sende begrenze verhindere ' +
      'sortiere filtere füge integriere passe wende stelle sorge refaktoriere migriere verbessere verbessern',
    REQUEST: 'bitte kannst könntest können könnten würdest',
    AND: 'und sowie plus',
    REWORD:
      'ändere ändern ersetze benenne umbenennen aktualisiere bearbeite heißt heißen steht stehen lauten',
    CODE: 'code komponenten',
    COND: 'wenn falls sobald außer bis bevor vor nach nachdem',
  },
  bits: {
    ARTICLE: 'ein eine einen einem neue neuen neues',
    EVERY: 'ganze ganzen ganzes gesamte gesamten komplette kompletten jede jeden jedes jeder',
    ALL: 'alle allen alles',
    LOCAL_PREP: 'auf in im an von für',
    OF: 'von des der',
    PAGE_WORD: 'seite seiten bildschirm bildschirme ansicht ansichten',
    THEME_ADJ: 'dunkel dunkle dunklen dunkler hell helle hellen nacht',
    THEME_MODE: 'modus mode theme design',
    MOBILE_BEFORE: 'für auf ansicht version',
    MOBILE_AFTER: 'optimiert optimieren freundlich tauglich ansicht version geräte responsive',
    APP_OBJECT: 'app anwendung applikation website webseite plattform projekt oberfläche',
    FILLER:
      'einfach einfache einfachen komplett komplette kompletten vollständig vollständige vollständigen ' +
      'kleine kleinen neue neuen eigene eigenen separate separaten richtige richtigen mir uns',
    TO: 'zu auf in',
    OPENER: 'ich wir auch dann jetzt und bitte',
    NEEDS_ARTICLE: 'mach mache machen brauche brauchen will möchte möchten hätte',
    LEAD_IN: 'auch dann danach jetzt bitte ok also hallo hi noch',
    ASKER: 'kannst könntest kann können könnte könnten würdest würde wäre',
    YOU: 'du sie ihr',
    AUX: 'ist sind sollte soll hat haben gibt',
    SMALL: 'kleine kleinen kleinere schmale schmalen',
  },
  extra: {
    EXPLAIN:
      'erklar erklare erklaren erklarst erklärt erklär erkläre erklären erklärst sag sage sagen beschreib beschreibe beschreiben empfiehlst empfehlt empfehlen ratst rätst raten verstehen vergleichen',
    NOTHING: 'nichts',
    MAY: 'möglich moglich',
    FIRST: 'ich wir',
    SIDE: 'rechts links',
    ASK_YOU: 'kannst könntest würdest',
  },
  kinds: {
    REDESIGN:
      'premium hochwertig hochwertiger redesign neugestaltung neugestalten überarbeite überarbeiten überarbeitung modernisiere ' +
      'modernisieren modern moderner moderne neu-gestalten umgestalten baue-neu professionell professioneller professionelle altbacken veraltet altmodisch design',
    RESTRUCTURE:
      'refaktoriere refactoring refaktorisieren umstrukturieren restrukturiere migriere migrieren aufräumen räume',
    RESPONSIVE: 'responsive responsiv',
    ACCESSIBILITY: 'barrierefreiheit barrierefrei zugänglichkeit accessibility',
    CONSISTENCY: 'einheitlich einheitliche konsistent konsistenz vereinheitliche vereinheitlichen',
    THEME: 'theme branding marke markenauftritt corporate',
    TRANSLATE:
      'übersetze übersetzen übersetzung übersetzungen lokalisiere lokalisieren lokalisierung internationalisierung i18n',
    RTL: 'rtl',
    REBRAND: 'rebranding rebrand',
  },
  plain: 'tag',
  feat: [
    [
      1.5,
      'kopieren kopiert kopiere neu-laden validierung validiere validieren prüfung logik filter filtern filtere sortieren sortiere sortierung ' +
        'suche suchen suchfunktion benachrichtigung benachrichtigungen benachrichtige email e-mail mail ' +
        'mails sms export exportieren import importieren hochladen upload herunterladen download ' +
        'paginierung automatisch berechnen berechne berechnung berechtigung weiterleitung weiterleiten ' +
        'session sitzung speichern speichere cache synchronisieren webhook api erinnerung erinnerungen ' +
        'geplant wiederkehrend duplizieren rückgängig ziehen drag umsortieren integration integrieren ' +
        'passwort authentifizierung anmeldung behebe beheben repariere fehler bug bugs kaputt ' +
        'funktioniert absturz hilfe',
    ],
    [
      1,
      'summe gesamt gesamtbetrag zählen zähler nur besitzer feld felder dropdown checkbox aktion aktionen ' +
        'archivieren archiviert löschen diagramm limit begrenzen pflicht pflichtfeld verhindern erlauben ' +
        'standard merken klick klicken gesendet status timer laden leer ungültig ungelesen zurücksetzen ' +
        'läuft wöchentlich monatlich täglich menge warenkorb zahlung rabatt steuer preis fortschritt ' +
        'prozent auswählen auswahl option optionen bestätigung bestätigen jede anzahl aktualisieren',
    ],
    [0.5, 'senden nachricht nachrichten anzeigen zeige liste tabelle datum uhrzeit benutzer nutzer'],
    [2, 'wenn falls sobald außer bis'],
    [
      1.5,
      'bevor nachdem einklappbar ausklappbar verschiebbar sortierbar bearbeitbar klickbar interaktiv auswahlfeld',
    ],
  ],
  simp: [
    [1, 'winzig winzige riesig riesige'],
    [1, 'sekunden'],
    [3, 'tippfehler rechtschreibung schreibfehler auslassungspunkte auslassungspunkten'],
    [
      1.5,
      'farbe farben hintergrund hintergrundfarbe schrift schriftart fett kursiv unterstrichen ' +
        'großbuchstaben kleinbuchstaben abstand abstände padding rand ränder rahmen schatten abgerundet ' +
        'ecken emoji sticky fixiert deckkraft transparenz verlauf hover dunkler heller transparent ' +
        'formulierung wortlaut platzhalter tooltip untertitel überschrift titel label beschriftung px rem',
    ],
    [
      1,
      'icon icons bild bilder logo avatar foto vorschaubild ausrichten ausrichtung zentriert zentrieren ' +
        'links rechts größer kleiner breiter schmaler höher größe breite höhe stil aussehen rot blau grün ' +
        'weiß schwarz grau lila violett rosa pink orange gelb braun gold text texte zitat wort wörter ' +
        'verschiebe verschieben verstecke ausblenden sichtbar trenner animation linie hervorheben hervorgehoben',
    ],
    [0.75, 'platziere setze unter über neben unterhalb oberhalb'],
  ],
};
