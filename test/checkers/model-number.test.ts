import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'model-number';
const invalid: Invalid[] = [
  // The rewrite keeps the noun the text names ("laptop"), else says "equipment", and takes "af typen"/"model" along.
  { lang: 'da', text: 'Scannerne skal være af typen Fujitsu fi-7160.', messageId: 'model', term: 'Fujitsu fi-7160', severity: 2, rewritten: 'Scannerne skal være udstyr, der opfylder de angivne krav til ydelse (fx en minimumsscore i et offentligt benchmark), kapacitet og tilslutninger.' },
  { lang: 'en', text: 'Each officer shall receive a Dell Latitude 5450 laptop.', messageId: 'model', term: 'Dell Latitude 5450', rewritten: 'Each officer shall receive a laptop meeting the stated requirements for performance (e.g. a minimum score in a public benchmark), capacity and connectivity.' },
  { lang: 'en', text: 'Each officer shall receive a Dell Latitude 5450 for field work.', messageId: 'model', term: 'Dell Latitude 5450', rewritten: 'Each officer shall receive equipment meeting the stated requirements for performance (e.g. a minimum score in a public benchmark), capacity and connectivity for field work.' },
  { lang: 'da', text: 'Der skal leveres 20 HP LaserJet M507dn printere.', messageId: 'model', term: 'HP LaserJet M507dn', rewritten: 'Der skal leveres 20 printere, der opfylder de angivne krav til ydelse (fx en minimumsscore i et offentligt benchmark), kapacitet og tilslutninger.' },
  { lang: 'en', text: 'The core switch must be a Cisco Catalyst 9300-48P.', messageId: 'model', term: 'Cisco Catalyst 9300-48P' },
  { lang: 'da', text: 'Printeren skal være model HP LaserJet M507dn.', messageId: 'model', term: 'HP LaserJet M507dn' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Scannerne skal være af typen Fujitsu fi-7160 eller tilsvarende med mindst 60 sider i minuttet.', why: 'or-equivalent' },
  { lang: 'en', text: 'Laptops shall have at least 16 GB RAM and a 14-inch screen.', why: 'performance requirements' },
  { lang: 'da', text: 'Leverandøren skal fremsende en ISAE 3402 type 2-erklæring eller tilsvarende.', why: 'not a model number' },
  { lang: 'en', text: 'The agency currently uses Dell Latitude 5440 laptops.', why: 'background' },
];

describeRule(RULE, invalid, valid);
