import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'model-number';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Scannerne skal være af typen Fujitsu fi-7160.', messageId: 'model', term: 'Fujitsu fi-7160', severity: 2 },
  { lang: 'en', text: 'Each officer shall receive a Dell Latitude 5450 laptop.', messageId: 'model', term: 'Dell Latitude 5450' },
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
