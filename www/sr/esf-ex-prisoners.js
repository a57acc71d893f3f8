// The ESF project for former prisoners (RULES.md R6), a programme card
// with no questions: its spec for mountSpec (date-calculators.js). Every
// word comes from the catalog, every date and amount from the rules' answer
// or `facts()`.

import { h, heading } from './core.js';
import { mountSpec, row } from './date-calculators.js';

const step = (r, id) => r.explanation.find((s) => s.id === id);

const ESF = {
  name: 'esf-ex-prisoners',
  short: 'esf',
  country: 'lv',
  title: 'ui-esf-title',
  intro: 'ui-esf-intro',
  pending: 'ui-loading',
  groups: [],
  status: (r, w) => w.t('ui-esf-status'),
  result(r, w, level) {
    const b = r.budget;
    const c = r.contact;
    const list = (items, prefix) => h('ul', { class: 'sr-plain-list' }, items.map((x) => h('li', {}, w.t(`${prefix}${x}`))));
    const contact = step(r, 'r6-contact');
    return [
      h('dl', { class: 'sr-totals sr-totals--stack sr-card' },
        row(w.t('ui-esf-project'), [h('span', { lang: 'lv' }, w.t('ui-quoted', { text: r.official_name })), r.title ? h('span', { class: 'sr-card__aside' }, r.title) : null], 'project'),
        row(w.t('ui-esf-for-whom'), r.for_whom.map((g) => w.t(`r6-group-${g}`)).join(', '), 'for_whom'),
        row(w.t('ui-esf-offers'), list(r.offers, 'r6-offer-'), 'offers'),
        row(w.t('ui-esf-run-by'), w.t(`r6-body-${r.run_by}`), 'run_by'),
        row(w.t('ui-esf-partners'), r.partners.map((p) => w.t(`r6-body-${p}`)).join(', '), 'partners'),
        row(w.t('ui-esf-since'), String(r.since_year), 'since')),
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-esf-budget')),
      h('dl', { class: 'sr-totals', 'data-sr': 'budget' },
        row(w.t('ui-esf-total'), w.money(b.total), 'total'),
        row(w.t('ui-esf-esf', { percent: w.percent(b.esf_share) }), w.money(b.esf), 'esf'),
        row(w.t('ui-esf-state', { percent: w.percent(b.state_share) }), w.money(b.state), 'state')),
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-esf-contact')),
      h('dl', { class: 'sr-totals sr-totals--stack', 'data-sr': 'contact' },
        row(w.t(`r6-body-${c.body}`), c.name, 'contact_name'),
        row(w.t('ui-esf-phone'), h('a', { href: `tel:${c.phone}` }, c.phone), 'phone'),
        row(w.t('ui-esf-email'), h('a', { href: `mailto:${c.email}` }, c.email), 'email')),
      contact ? h('p', { class: 'sr-note' }, contact.text) : null,
    ];
  },
};

export const mountEsfExPrisoners = (root, options) => mountSpec(ESF, root, options);
