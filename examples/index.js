// The demo page: the server's (demo) date from /v1/meta goes into the elements' `now`, the
// language buttons switch <html lang> (the elements follow at run time). Apply needs no code:
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
  en: {demo: (day) => `Demo date: ${day}`, today: (day) => `Today: ${day}`},
  fr: {demo: (day) => `Date de démonstration : ${day}`, today: (day) => `Aujourd’hui : ${day}`},
  es: {demo: (day) => `Fecha de demostración: ${day}`, today: (day) => `Hoy: ${day}`},
};
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
    showDate();
  });
}

// A page may still handle Apply itself: preventDefault() on metropolis-apply, and no dialog opens.
document.addEventListener('metropolis-application-submitted', (event) => console.info(`Application ${event.reference} stored.`));

main();
