// The demo page: the server's (demo) date from /v1/meta goes into the elements' `now`, the
// language buttons switch <html lang> and <html dir> (the elements follow at run time) and the page's own words
// (the links under "More" stay in English, marked lang="en"). Apply needs no code:
// the elements open the application form in a dialog. No inline script: the page's CSP allows
// only files. The date is formatted with Intl directly: the page loads no code it does not use.

/** "15 September 2025" in `lang`, as the elements write days. */
function formatDay(isoDate, lang) {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const list = document.getElementById('list');
const detail = document.getElementById('detail');
const dateLine = document.getElementById('demo-date');
const words = {
  en: {
    demo: (day) => `Demo date: ${day}`, today: (day) => `Today: ${day}`,
    pageTitle: 'Metropolis Training — demo', title: 'Metropolis Training — demo', languages: 'Language of the page',
    sampleData: 'Sample data.',
    notice: 'The catalog is built from published Metropolis documents for demonstration, and the member registry of this demo server is invented sample data (its members are marked “sample data”): no real membership or contribution record is shown here.',
    listHeading: 'The course list, from this server’s API', listIntro: 'One element,',
    applyIntro: 'Apply opens the application form in a dialog (its code loads on the first click); Escape or Close brings you back to the card.',
    courseHeading: 'The course page', moreHeading: 'More', moreNote: '',
  },
  fr: {
    demo: (day) => `Date de démonstration : ${day}`, today: (day) => `Aujourd’hui : ${day}`,
    pageTitle: 'Metropolis Training — démonstration', title: 'Metropolis Training — démonstration', languages: 'Langue de la page',
    sampleData: 'Données d’exemple.',
    notice: 'Le catalogue est construit à partir de documents publiés par Metropolis, pour la démonstration ; le registre des membres de ce serveur de démonstration est fictif (ses membres portent la mention « sample data ») : aucune adhésion ni cotisation réelle n’est affichée ici.',
    listHeading: 'La liste des formations, depuis l’API de ce serveur', listIntro: 'Un seul élément,',
    applyIntro: '« Candidater » ouvre le formulaire de candidature dans une boîte de dialogue (son code se charge au premier clic) ; Échap ou « Fermer » ramène à la fiche.',
    courseHeading: 'La page d’une formation', moreHeading: 'Plus', moreNote: 'Ces exemples sont décrits en anglais.',
  },
  es: {
    demo: (day) => `Fecha de demostración: ${day}`, today: (day) => `Hoy: ${day}`,
    pageTitle: 'Metropolis Training — demostración', title: 'Metropolis Training — demostración', languages: 'Idioma de la página',
    sampleData: 'Datos de ejemplo.',
    notice: 'El catálogo se ha elaborado a partir de documentos publicados por Metropolis, a modo de demostración; el registro de miembros de este servidor de demostración es ficticio (sus miembros llevan la mención «sample data»): aquí no se muestra ninguna afiliación ni cuota real.',
    listHeading: 'La lista de formaciones, desde la API de este servidor', listIntro: 'Un solo elemento,',
    applyIntro: '«Inscribirse» abre el formulario de solicitud en un cuadro de diálogo (su código se carga con el primer clic); Escape o «Cerrar» le devuelven a la ficha.',
    courseHeading: 'La página de una formación', moreHeading: 'Más', moreNote: 'Estos ejemplos se describen en inglés.',
  },
  ar: {
    demo: (day) => `تاريخ العرض التجريبي: ${day}`, today: (day) => `اليوم: ${day}`,
    pageTitle: 'Metropolis Training — عرض تجريبي', title: 'Metropolis Training — عرض تجريبي', languages: 'لغة الصفحة',
    sampleData: 'بيانات نموذجية.',
    notice: 'أُعدّ الفهرس من وثائق نشرتها Metropolis لأغراض العرض، وسجل الأعضاء في خادم العرض هذا بيانات نموذجية مختلقة (يحمل أعضاؤه عبارة «sample data»): لا تظهر هنا أي عضوية أو اشتراكات حقيقية.',
    listHeading: 'قائمة الدورات، من واجهة برمجة هذا الخادم', listIntro: 'عنصر واحد،',
    applyIntro: 'يفتح زر «تقديم طلب» استمارة الطلب في مربع حوار (تُحمَّل شيفرته عند النقرة الأولى)؛ ويعيدك مفتاح Escape أو زر «إغلاق» إلى البطاقة.',
    courseHeading: 'صفحة الدورة', moreHeading: 'المزيد', moreNote: 'هذه الأمثلة موصوفة باللغة الإنجليزية.',
  },
};

/** The page's own words in the page's language, as text; the pressed button is the language shown. */
function translatePage() {
  const w = words[lang()];
  document.title = w.pageTitle;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = w[element.dataset.text];
    if (element.dataset.text === 'moreNote') element.hidden = !w.moreNote;
  }
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', w[element.dataset.label]);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
}
let meta;

function lang() {
  return document.documentElement.lang in words ? document.documentElement.lang : 'en';
}

function showDate() {
  if (!meta) return;
  dateLine.textContent = meta.demoDate ? words[lang()].demo(formatDay(meta.demoDate, lang())) : words[lang()].today(formatDay(meta.today, lang()));
}

async function main() {
  try {
    const response = await fetch('/v1/meta');
    meta = await response.json();
    // The elements read the same day as the server, so statuses and prices match what it accepts.
    if (meta.demoDate) for (const element of [list, detail]) element.setAttribute('now', meta.demoDate);
    showDate();
  } catch (error) {
    dateLine.textContent = `The server’s date could not be loaded: ${error.message}`;
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    // The page runs right to left in Arabic; the elements follow its lang and dir on their own.
    document.documentElement.dir = button.dataset.lang === 'ar' ? 'rtl' : 'ltr';
    translatePage();
    showDate();
  });
}

// A page may still handle Apply itself: preventDefault() on metropolis-apply, and no dialog opens.
document.addEventListener('metropolis-application-submitted', (event) => console.info(`Application ${event.reference} stored.`));

translatePage();
main();
