// The demo page: the server's (demo) date from /v1/meta goes into the elements' `now`, the
// language buttons switch <html lang> (the elements follow at run time), and Apply in the list
// shows that edition's course page. No inline script: the page's CSP allows only files.
import {formatDay} from '/sdk/metropolis-sdk.js';

const list = document.getElementById('list');
const detail = document.getElementById('detail');
const dateLine = document.getElementById('demo-date');
const applyNote = document.getElementById('apply-note');
const words = {
  en: {demo: (day) => `Demo date: ${day}`, today: (day) => `Today: ${day}`, apply: 'Applications go to this server’s API (POST /v1/applications); an application form element is not part of this release yet.'},
  fr: {demo: (day) => `Date de démonstration : ${day}`, today: (day) => `Aujourd’hui : ${day}`, apply: 'Les candidatures passent par l’API de ce serveur (POST /v1/applications) ; le formulaire de candidature n’est pas encore livré.'},
  es: {demo: (day) => `Fecha de demostración: ${day}`, today: (day) => `Hoy: ${day}`, apply: 'Las solicitudes van a la API de este servidor (POST /v1/applications); el formulario de solicitud aún no forma parte de esta versión.'},
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
    if (!applyNote.hidden) applyNote.textContent = words[lang()].apply;
  });
}

list.addEventListener('metropolis-apply', (event) => {
  detail.setAttribute('edition', event.editionId);
  document.getElementById('course').scrollIntoView();
  detail.focus?.();
});

detail.addEventListener('metropolis-apply', () => {
  applyNote.textContent = words[lang()].apply;
  applyNote.hidden = false;
});

main();
