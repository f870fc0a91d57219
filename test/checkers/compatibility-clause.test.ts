import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'compatibility-clause';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Løsningen skal være kompatibel med Microsoft 365.', messageId: 'compatible', term: 'Microsoft 365', severity: 1, fixed: 'Løsningen skal være kompatibel med Microsoft 365 eller tilsvarende.' },
  { lang: 'en', text: 'The solution shall be built on Salesforce Service Cloud.', messageId: 'compatible', term: 'Salesforce Service Cloud', severity: 1 },
  { lang: 'da', text: 'Løsningen skal hostes i Microsoft Azure.', messageId: 'compatible', term: 'Microsoft Azure' },
  { lang: 'en', text: 'The solution must be compatible with the council\'s existing SharePoint.', messageId: 'installed', term: 'SharePoint', severity: 0 },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal være kompatibel med Microsoft 365 eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'en', text: 'The solution shall be compatible with the iCalendar standard (RFC 5545).', why: 'a standard, not a product' },
  { lang: 'da', text: 'Det nuværende system er bygget på Oracle Database.', why: 'background' },
  { lang: 'en', text: 'The solution must be built on open standards such as OpenAPI.', why: 'open standard' },
];

describeRule(RULE, invalid, valid);
