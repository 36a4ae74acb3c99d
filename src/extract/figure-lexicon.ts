// Word lists the figure finder reads. Lower case unless said otherwise.

import type { FigureUnit } from '../model.js';
import { table } from '../text/numbers.js';

export const CURRENCY_SYMBOLS: ReadonlyMap<string, FigureUnit> = table({ '£': 'GBP', '$': 'USD', '€': 'EUR', '¥': 'other' });

/** Letters glued before "$": "US$5m" is US dollars; "A$", "C$", "HK$" are other dollars. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, FigureUnit> = table({ us: 'USD', a: 'other', c: 'other', hk: 'other', nz: 'other', s: 'other', r: 'other' });

/** ISO codes written before an amount: "EUR 5m", "USD 2bn". */
export const CURRENCY_CODES: ReadonlyMap<string, FigureUnit> = table({ usd: 'USD', gbp: 'GBP', eur: 'EUR', jpy: 'other', chf: 'other', cny: 'other' });

/** Currency words after an amount, with the share of the main unit one of them is worth. */
export const CURRENCY_WORDS: ReadonlyMap<string, { unit: FigureUnit; factor: number; measure: string | null }> = table({
  pounds: { unit: 'GBP', factor: 1, measure: null }, pound: { unit: 'GBP', factor: 1, measure: null },
  sterling: { unit: 'GBP', factor: 1, measure: null },
  pence: { unit: 'GBP', factor: 0.01, measure: null }, p: { unit: 'GBP', factor: 0.01, measure: null },
  dollars: { unit: 'USD', factor: 1, measure: null }, dollar: { unit: 'USD', factor: 1, measure: null },
  cents: { unit: 'USD', factor: 0.01, measure: null }, cent: { unit: 'USD', factor: 0.01, measure: null },
  euros: { unit: 'EUR', factor: 1, measure: null }, euro: { unit: 'EUR', factor: 1, measure: null },
  yen: { unit: 'other', factor: 1, measure: 'yen' }, yuan: { unit: 'other', factor: 1, measure: 'yuan' },
  rupees: { unit: 'other', factor: 1, measure: 'rupees' }, roubles: { unit: 'other', factor: 1, measure: 'roubles' },
  rubles: { unit: 'other', factor: 1, measure: 'roubles' }, francs: { unit: 'other', factor: 1, measure: 'francs' },
  pesos: { unit: 'other', factor: 1, measure: 'pesos' }, kronor: { unit: 'other', factor: 1, measure: 'kronor' },
  kroner: { unit: 'other', factor: 1, measure: 'kroner' }, krona: { unit: 'other', factor: 1, measure: 'krona' },
  rand: { unit: 'other', factor: 1, measure: 'rand' }, reais: { unit: 'other', factor: 1, measure: 'reais' },
  rupiah: { unit: 'other', factor: 1, measure: 'rupiah' }, lira: { unit: 'other', factor: 1, measure: 'lira' },
  ringgit: { unit: 'other', factor: 1, measure: 'ringgit' }, baht: { unit: 'other', factor: 1, measure: 'baht' },
  dinars: { unit: 'other', factor: 1, measure: 'dinars' }, shekels: { unit: 'other', factor: 1, measure: 'shekels' },
  naira: { unit: 'other', factor: 1, measure: 'naira' }, zlotys: { unit: 'other', factor: 1, measure: 'zlotys' },
});

/** Durations: the measure is the plural form. */
export const DURATION_WORDS: ReadonlyMap<string, string> = table({
  year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks',
  day: 'days', days: 'days', hour: 'hours', hours: 'hours', minute: 'minutes', minutes: 'minutes',
  second: 'seconds', seconds: 'seconds', decade: 'decades', decades: 'decades', quarters: 'quarters',
  century: 'centuries', centuries: 'centuries', yr: 'years', yrs: 'years', mins: 'minutes', hrs: 'hours',
  nights: 'nights', night: 'nights', seasons: 'seasons', season: 'seasons', terms: 'terms', term: 'terms',
});

/** Physical and technical measures: unit "other", the word kept as the measure. */
export const MEASURE_WORDS: ReadonlyMap<string, string> = table({
  tonnes: 'tonnes', tonne: 'tonnes', tons: 'tons', ton: 'tons', kg: 'kg', kilos: 'kg', kilograms: 'kg',
  grams: 'grams', lb: 'lb', lbs: 'lb', ounces: 'ounces', oz: 'ounces', stone: 'stone',
  miles: 'miles', mile: 'miles', km: 'km', kilometres: 'km', kilometers: 'km', metres: 'metres', meters: 'metres',
  metre: 'metres', meter: 'metres', ft: 'feet', feet: 'feet', foot: 'feet', inches: 'inches', inch: 'inches',
  cm: 'cm', mm: 'mm', m: 'metres', acres: 'acres', acre: 'acres', hectares: 'hectares', hectare: 'hectares', litres: 'litres', liters: 'litres',
  gallons: 'gallons', barrels: 'barrels', barrel: 'barrels', mph: 'mph', kph: 'km/h', degrees: 'degrees',
  mb: 'MB', gb: 'GB', tb: 'TB', kb: 'KB', ghz: 'GHz', mhz: 'MHz', mbps: 'Mbps', kbps: 'kbps', megapixels: 'megapixels',
  watts: 'watts', kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', twh: 'TWh', points: 'points', point: 'points',
  calories: 'calories', mg: 'mg', ml: 'ml', bpd: 'barrels a day', sq: 'square', square: 'square', cubic: 'cubic',
  carats: 'carats', knots: 'knots', storeys: 'storeys', yards: 'yards', yard: 'yards',
});

/** "m" after digits is metres, not million, before these words: "a 10m-high wall", "the 100m final". */
export const METRE_CONTEXT = new Set(['high', 'long', 'tall', 'wide', 'deep', 'race', 'sprint', 'hurdles', 'freestyle', 'final', 'metres', 'run']);

/** Hedges before a figure, longest first. Each is a list of words. */
export const HEDGES: ReadonlyArray<readonly string[]> = [
  ['in', 'excess', 'of'], ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'],
  ['as', 'high', 'as'], ['as', 'low', 'as'], ['upwards', 'of'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'],
  ['at', 'least'], ['at', 'most'], ['up', 'to'], ['close', 'to'], ['just', 'over'], ['just', 'under'],
  ['just', 'below'], ['just', 'above'], ['well', 'over'], ['well', 'above'], ['well', 'below'], ['an', 'estimated'],
  ['almost'], ['about'], ['around'], ['nearly'], ['approximately'], ['roughly'], ['some'], ['over'], ['under'],
  ['below'], ['above'], ['estimated'], ['circa'], ['approx'], ['barely'], ['almost'], ['maximum'], ['minimum'],
];

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Words that end a street name: a number before "Downing Street" or "Abbey Road" is a house number.
 * Words that also end other names are left out ("12 High Court judges", "3 Death Row inmates" are counts).
 */
export const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'crescent', 'terrace', 'boulevard', 'blvd', 'mews',
]);

/** Words before a number that make it a label, not a quantity: "section 4", "page 12", "flight 93". */
export const LABEL_WORDS = new Set([
  'section', 'sections', 'clause', 'clauses', 'article', 'articles', 'paragraph', 'chapter', 'rule', 'regulation',
  'schedule', 'part', 'page', 'pages', 'room', 'flight', 'route', 'platform', 'junction', 'bus', 'verse', 'amendment',
  'channel', 'radio', 'number', 'no', 'nos', 'item', 'exhibit', 'lot', 'gate', 'terminal', 'stage', 'level',
  'grade', 'class', 'category', 'tier', 'model', 'version', 'series', 'episode', 'season', 'volume', 'vol', 'issue',
  'phase', 'unit', 'block', 'floor', 'apartment', 'flat', 'highway', 'interstate',
  'pier', 'bay', 'ward', 'district', 'zone', 'sector', 'box', 'po', 'code', 'ref', 'reference', 'id', 'figure', 'table',
  'step', 'act', 'psalm', 'match', 'game', 'round', 'heat', 'hole', 'lane', 'seat', 'row', 'week', 'day',
]);

/** Capitalised words that may stand right before a real quantity (so "Name 12" is not a label there). */
export const CAPITALISED_BEFORE_QUANTITY = new Set([
  'about', 'around', 'nearly', 'almost', 'over', 'some', 'only', 'just', 'more', 'less', 'fewer', 'up', 'down', 'and',
  'the', 'a', 'an', 'by', 'in', 'since', 'from', 'to', 'of', 'at', 'for', 'with', 'until', 'before', 'after',
  'during', 'between', 'than', 'top', 'all', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'another',
  'us', 'uk', 'eu', 'aged', 'age', 'year', 'years', 'fiscal', 'financial', 'estimated', 'roughly', 'approximately',
]);

/** Words before a 4-digit number that make it a year: "in 2011", "since 1999", "the 2004 figure". */
export const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'of', 'and', 'between', 'during', 'before', 'after', 'for',
  'year', 'early', 'late', 'mid', 'fiscal', 'financial', 'the', 'through', 'or', 'than', 'throughout', 'spring',
  'summer', 'autumn', 'winter', 'christmas', 'end', 'beginning', 'start', 'into', 'past', 'this', 'its', 'their',
  'calendar', 'around', 'circa', 'as', 'on', 'at', 'against', 'over', 'with', 'that',
]);

/** Ordinals: "21st", "3rd" (digits) and the words before a superlative ("second-largest"). */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

export const AGE_CUES = new Set(['aged', 'age', 'ages']);

/** Words that mark a time of day after a number: "3pm", "10.30 am", "1400 GMT". */
export const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'bst', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'hrs', 'hgmt', 'et', 'pt']);

/** Verbs and nouns of change; the value is the direction. */
export const CHANGE_WORDS: ReadonlyMap<string, 'up' | 'down'> = table({
  rose: 'up', rise: 'up', rises: 'up', rising: 'up', risen: 'up', increased: 'up', increase: 'up', increases: 'up',
  increasing: 'up', grew: 'up', grow: 'up', grows: 'up', growing: 'up', growth: 'up', grown: 'up', up: 'up',
  climbed: 'up', climb: 'up', climbs: 'up', jumped: 'up', jump: 'up', jumps: 'up', gained: 'up', gain: 'up',
  gains: 'up', surged: 'up', surge: 'up', soared: 'up', soar: 'up', rocketed: 'up', leapt: 'up', leap: 'up',
  leaped: 'up', boosted: 'up', boost: 'up', raised: 'up', raise: 'up', lifted: 'up', higher: 'up', advanced: 'up',
  doubled: 'up', tripled: 'up', added: 'up', improved: 'up', improvement: 'up', hike: 'up', hiked: 'up',
  fell: 'down', fall: 'down', falls: 'down', falling: 'down', fallen: 'down', dropped: 'down', drop: 'down',
  drops: 'down', declined: 'down', decline: 'down', declines: 'down', decreased: 'down', decrease: 'down',
  slipped: 'down', slip: 'down', slid: 'down', slide: 'down', slumped: 'down', slump: 'down', plunged: 'down',
  plunge: 'down', tumbled: 'down', tumble: 'down', sank: 'down', sunk: 'down', shrank: 'down', shrunk: 'down',
  cut: 'down', cuts: 'down', reduced: 'down', reduce: 'down', reduction: 'down', lost: 'down', loss: 'down',
  down: 'down', lower: 'down', eased: 'down', dip: 'down', dipped: 'down', dips: 'down', halved: 'down',
  contracted: 'down', contraction: 'down', slowed: 'down', shed: 'down', plummeted: 'down', crashed: 'down',
  weakened: 'down', retreated: 'down', lowered: 'down', trimmed: 'down',
});

/** Words that introduce the earlier end of a comparison: "7,319, up from 6,062", "compared with 6,062". */
export const COMPARISON_CUES: ReadonlyArray<readonly string[]> = [
  ['compared', 'with'], ['compared', 'to'], ['in', 'comparison', 'with'], ['as', 'against'], ['from'],
  ['against'], ['versus'], ['vs'], ['than'],
];
