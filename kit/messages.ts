// The configurator's own words, in German (the default) and English. Plain words for web editors:
// what to do and why, not how it works inside. Keys name places on the page (data-t="…").

export type UiLang = 'de' | 'en';

export const UI_LANGS: readonly UiLang[] = ['de', 'en'];

const de = {
  pageTitle: 'DEFUS-Karte einbinden – Baukasten für Redaktionen',
  brand: 'DEFUS-Karte',
  switchLabel: 'Sprache dieser Seite',
  title: 'Die DEFUS-Karte in Ihre Internetseite einbauen',
  intro:
    'Diese Seite erstellt den Code, den Sie in Ihre Seite einfügen – in TYPO3, WordPress, Drupal oder einfaches HTML. Alles passiert hier in Ihrem Browser: Diese Seite sendet nichts ins Internet.',
  noscript: 'Diese Seite braucht JavaScript. Bitte schalten Sie es für diese Seite ein.',
  stepContent: '1. Was die Karte zeigt',
  sourceLegend: 'Inhalt der Karte',
  sourceBuiltin: 'Die DEFUS-Karte, wie sie mitgeliefert wird',
  sourceJson: 'Eigene Angaben aus einer Konfigurationsdatei (JSON)',
  jsonLabel: 'Inhalt Ihrer Konfigurationsdatei',
  jsonHint:
    'Öffnen Sie Ihre Datei oder fügen Sie ihren Inhalt hier ein. Eine Vorlage liegt im Paket: defus.config.json. Was die Karte nicht verwenden kann, steht darunter.',
  openFile: 'Datei öffnen …',
  langLabel: 'Sprache der Karte',
  langHint:
    'Die Sprachen, die der Inhalt der Karte hat. „Sprache der Seite“ heißt: Die Karte spricht die Sprache der Seite, auf der sie steht.',
  langPage: 'Sprache der Seite, auf der die Karte steht',
  variantLegend: 'Umfang',
  variantCard: 'Ganze Karte',
  variantCompact: 'Kurz: Name, Beschreibung und Links – für schmale Spalten',
  themeLegend: 'Farben',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  themeAuto: 'Wie beim Besucher eingestellt (hell oder dunkel)',
  headingLabel: 'Überschriften-Ebene',
  headingHint:
    'Eine Ebene unter der Überschrift, unter der die Karte steht. Steht sie zum Beispiel unter einer Überschrift H2, wählen Sie H3.',
  stepPreview: '2. Vorschau',
  problemsHeading: 'Hinweise zum Inhalt',
  noProblems: 'Keine Probleme gefunden.',
  previewNote:
    'Mit „Sprache der Seite“ zeigt die Vorschau die Standardsprache des Inhalts, denn diese Seite kennt die Sprache Ihrer Seite nicht.',
  stepFile: '3. Die Datei auf Ihren Server legen',
  fileText:
    'Laden Sie defus-info.js herunter und legen Sie die Datei auf Ihren eigenen Webserver, in einen Ordner, der nach der Version benannt ist. So lädt die Seite nichts von fremden Servern, und bei einem Update bleibt die alte Datei unberührt, bis Sie den neuen Code einfügen.',
  downloadModule: 'defus-info.js herunterladen',
  downloadConfig: 'Meine Konfigurationsdatei herunterladen',
  addressLabel: 'Adresse der Datei auf Ihrem Server',
  addressHint: 'So, wie sie im Browser erreichbar ist, zum Beispiel /fileadmin/defus-info/{version}/defus-info.js.',
  stepCode: '4. Den Code kopieren und einfügen',
  codeText:
    'Fügen Sie den Code dort ein, wo die Karte stehen soll: in TYPO3 als Inhaltselement „HTML“, in WordPress als Block „Individuelles HTML“, in Drupal in einem Textformat, das Skripte erlaubt. Die Anleitung für Redaktionen im Paket erklärt jeden Schritt.',
  scriptHeading: 'Empfohlen: Code mit Skript',
  scriptText:
    'Der Code enthält die fertige Karte und das Skript: Die Karte ist sofort zu sehen, auch wenn JavaScript ausgeschaltet ist, und der Text darunter springt nicht. Die Prüfsumme (integrity) sorgt dafür, dass Browser nur genau diese Datei ausführen. Ändern Sie den Code nicht von Hand; nach einer Änderung oder einem Update erstellen Sie ihn hier neu.',
  prerenderedHeading: 'Alternative: fertig gezeichnete Karte',
  prerenderedText:
    'Die Karte steht schon als fertiges HTML im Code: Sie ist sofort zu sehen, auch wenn JavaScript ausgeschaltet ist. Der Code ist länger; ändern Sie ihn nicht von Hand, sondern erstellen Sie ihn hier neu.',
  prerenderedUnavailable:
    'Dieser Inhalt hat Fehler (siehe „Hinweise zum Inhalt“). Den Code gibt es erst, wenn die Karte ihn verwenden kann.',
  cspNote: 'Schickt Ihre Seite eine Content-Security-Policy (CSP), braucht der Code diese Freigaben: {sources}',
  copy: 'Kopieren',
  copyScript: 'Code mit Skript kopieren',
  copyPrerendered: 'Fertig gezeichnete Karte kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Ihr Browser erlaubt das Kopieren nicht. Der Code ist markiert: Drücken Sie Strg+C (auf dem Mac ⌘C).',
  working: 'Einen Moment …',
  addressMissing: 'Geben Sie die Adresse der Datei ein, dann erscheint hier der Code.',
  moduleFailed: 'Die Karte konnte nicht geladen werden: {reason}',
  footer: 'defus-info {version} · Lizenz EUPL-1.2 · Diese Seite setzt keine Cookies und lädt nichts von anderen Servern.',
};

type Messages = typeof de;

const en: Messages = {
  pageTitle: 'Embed the DEFUS card – kit for web editors',
  brand: 'DEFUS card',
  switchLabel: 'Language of this page',
  title: 'Put the DEFUS card on your website',
  intro:
    'This page writes the code you paste into your page – in TYPO3, WordPress, Drupal or plain HTML. Everything happens here in your browser: this page sends nothing to the internet.',
  noscript: 'This page needs JavaScript. Please turn it on for this page.',
  stepContent: '1. What the card shows',
  sourceLegend: 'Content of the card',
  sourceBuiltin: 'The DEFUS card as it comes',
  sourceJson: 'Your own details from a configuration file (JSON)',
  jsonLabel: 'Content of your configuration file',
  jsonHint:
    'Open your file or paste its content here. A template comes with the kit: defus.config.json. Whatever the card cannot use is listed below it.',
  openFile: 'Open a file …',
  langLabel: 'Language of the card',
  langHint:
    'The languages the card’s content has. “Language of the page” means: the card speaks the language of the page it is on.',
  langPage: 'Language of the page the card is on',
  variantLegend: 'Size',
  variantCard: 'Full card',
  variantCompact: 'Short: name, description and links – for narrow columns',
  themeLegend: 'Colours',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'As the visitor has set it (light or dark)',
  headingLabel: 'Heading level',
  headingHint: 'One level below the heading the card stands under. If it stands under an H2 heading, for example, choose H3.',
  stepPreview: '2. Preview',
  problemsHeading: 'Notes on the content',
  noProblems: 'No problems found.',
  previewNote:
    'With “Language of the page” the preview shows the content’s default language, because this page does not know the language of yours.',
  stepFile: '3. Put the file on your server',
  fileText:
    'Download defus-info.js and put it on your own web server, in a folder named after the version. Your page then loads nothing from other servers, and an update leaves the old file alone until you paste the new code.',
  downloadModule: 'Download defus-info.js',
  downloadConfig: 'Download my configuration file',
  addressLabel: 'Address of the file on your server',
  addressHint: 'As a browser reaches it, for example /fileadmin/defus-info/{version}/defus-info.js.',
  stepCode: '4. Copy the code and paste it',
  codeText:
    'Paste the code where the card should be: in TYPO3 as an “HTML” content element, in WordPress as a “Custom HTML” block, in Drupal in a text format that allows scripts. The editor’s guide in the kit explains each step.',
  scriptHeading: 'Recommended: code with script',
  scriptText:
    'The code holds the finished card and the script: the card shows at once, even with JavaScript turned off, and the text below it does not jump. The checksum (integrity) makes browsers run exactly this file and no other. Do not change the code by hand; after a change or an update, make it again here.',
  prerenderedHeading: 'Alternative: the card drawn in advance',
  prerenderedText:
    'The card is already finished HTML in the code: it shows at once, even with JavaScript turned off. The code is longer; do not change it by hand, make it again here.',
  prerenderedUnavailable: 'This content has errors (see “Notes on the content”). The code is available once the card can use it.',
  cspNote: 'If your site sends a Content-Security-Policy (CSP), the code needs these sources: {sources}',
  copy: 'Copy',
  copyScript: 'Copy the code with script',
  copyPrerendered: 'Copy the card drawn in advance',
  copied: 'Copied.',
  copyFailed: 'Your browser does not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac).',
  working: 'One moment …',
  addressMissing: 'Enter the address of the file, and the code appears here.',
  moduleFailed: 'The card could not be loaded: {reason}',
  footer: 'defus-info {version} · Licence EUPL-1.2 · This page sets no cookies and loads nothing from other servers.',
};

export type MessageKey = keyof Messages;

export const MESSAGES: Readonly<Record<UiLang, Messages>> = { de, en };

/** The interface language for a browser's preferred languages: English if it comes before German, else German. */
export function pickUiLang(preferred: readonly string[]): UiLang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'de';
}
