// The page's two languages. Every word the page writes comes from here, and every number and date
// is formatted with Intl for the language: Arabic uses Arabic-Indic digits and the Levantine month
// names of ar-SY (نيسان، أيار), English the British day-month-year order.
import { MESSAGES } from './messages.js';

export const LANGUAGES = ['en', 'ar'];
const LOCALES = { en: 'en-GB', ar: 'ar-SY' };
const DAY_MS = 86_400_000;
/** Where the chosen language is remembered between visits. */
export const STORAGE_KEY = 'maydan.lang';

/** The language to start in: the link's, else the remembered one, else the browser's, else English. */
export function initialLanguage(fromUrl, stored, browserLanguages = []) {
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  if (LANGUAGES.includes(stored)) return stored;
  return browserLanguages.some((l) => String(l).toLowerCase().startsWith('ar')) ? 'ar' : 'en';
}

export class I18n {
  constructor(lang) {
    this.lang = LANGUAGES.includes(lang) ? lang : 'en';
    this.locale = LOCALES[this.lang];
    this.dir = this.lang === 'ar' ? 'rtl' : 'ltr';
    this.messages = MESSAGES[this.lang];
    this.plurals = new Intl.PluralRules(this.locale);
    this.numbers = new Intl.NumberFormat(this.locale);
    this.decimals = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    const utc = { timeZone: 'UTC' };
    this.dayFormat = new Intl.DateTimeFormat(this.locale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
    this.weekdayFormat = new Intl.DateTimeFormat(this.locale, { ...utc, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
    this.monthFormat = new Intl.DateTimeFormat(this.locale, { ...utc, month: 'long', year: 'numeric' });
    this.shortMonthFormat = new Intl.DateTimeFormat(this.locale, { ...utc, month: 'short', year: 'numeric' });
    this.yearFormat = new Intl.DateTimeFormat(this.locale, { ...utc, year: 'numeric' });
  }

  /**
   * The message `key` with {name} placeholders filled; a message that is an object of plural
   * forms (one, two, few, many, other, zero) is chosen by `vars.n`. Numbers are formatted here.
   */
  t(key, vars = {}) {
    let message = this.messages[key] ?? MESSAGES.en[key] ?? key;
    if (typeof message === 'object') {
      const n = vars.n ?? 0;
      message = (n === 0 && message.zero) || message[this.plurals.select(n)] || message.other;
    }
    return message.replace(/\{(\w+)\}/g, (_, name) => {
      const value = vars[name];
      if (typeof value === 'number') return this.number(value);
      return value === undefined || value === null ? '' : String(value);
    });
  }

  number(n) {
    return Number.isInteger(n) ? this.numbers.format(n) : this.decimals.format(n);
  }

  /** A day number (days since 1970-01-01) as a date. */
  day(day) {
    return this.dayFormat.format(new Date(day * DAY_MS));
  }

  /** A day with its weekday, for the details. */
  longDay(day) {
    return this.weekdayFormat.format(new Date(day * DAY_MS));
  }

  month(day) {
    return this.monthFormat.format(new Date(day * DAY_MS));
  }

  /** An axis tick: the year on 1 January, the month on the first of a month, else the day. */
  tick(day) {
    const date = new Date(day * DAY_MS);
    if (date.getUTCDate() !== 1) return this.dayFormat.format(date);
    return date.getUTCMonth() === 0 ? this.yearFormat.format(date) : this.shortMonthFormat.format(date);
  }

  /** A date window start..end (day numbers) in words. */
  range(start, end) {
    return start === end ? this.day(start) : this.t('range', { from: this.day(start), to: this.day(end) });
  }

  /**
   * The date of an event and its precision: a day, about a week, or a month (ACLED time_precision);
   * `approximate` when the sources leave the time open and the day is only the latest possible one.
   */
  eventDate(day, precision, approximate = false) {
    if (approximate) return this.t('dateOpen', { date: this.day(day) });
    if (precision === 3) return this.t('dateMonth', { date: this.month(day) });
    if (precision === 2) return this.t('dateWeek', { date: this.day(day) });
    return this.day(day);
  }

  typeName(type) {
    return this.messages.types?.[type] ?? type;
  }

  /** A place's name first in the page's language, then the other; each may be empty. */
  placeNames([en, ar]) {
    return this.lang === 'ar' ? [ar || en, ar && en !== ar ? en : ''] : [en || ar, en && ar ? ar : ''];
  }

  /** Death toll in words: one figure, or a range when sources disagree. */
  fatalities(low, high) {
    if (low === null || low === undefined) return null;
    if (low !== high) return this.t('killedDisputed', { low, high });
    return low === 0 ? this.t('noDeaths') : this.t('killed', { n: low });
  }
}

/**
 * Sets the document's language and direction and fills every element marked with data-i18n
 * (text), data-i18n-placeholder or data-i18n-label (aria-label) with its message.
 */
export function translateDocument(doc, i18n) {
  doc.documentElement.lang = i18n.lang;
  doc.documentElement.dir = i18n.dir;
  doc.title = i18n.t('title');
  for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = i18n.t(node.dataset.i18n);
  for (const node of doc.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = i18n.t(node.dataset.i18nPlaceholder);
  for (const node of doc.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', i18n.t(node.dataset.i18nLabel));
  const other = doc.getElementById('lang-button');
  if (other) {
    other.textContent = i18n.t('otherLanguage');
    other.lang = i18n.lang === 'ar' ? 'en' : 'ar';
  }
}
