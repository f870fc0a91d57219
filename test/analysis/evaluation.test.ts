// Award criteria in US solicitations: "The Government will evaluate …" is the buyer judging bids (not a tool it runs),
// "… will be evaluated" is desirable even beside the Offeror's "will", and a question that asks how the bidder would
// use a product names it as an example (corpus rule E).
import { describe, expect, it } from 'vitest';
import { severityByTerm } from '../helpers.js';

describe('evaluation wording', () => {
  it('"The Government will evaluate the Offeror\'s experience with X" is an award criterion: a warning', () => {
    expect(severityByTerm('# Evaluation\n\nThe Government will evaluate the Offeror\'s experience with Terraform.\n')['Terraform']).toBe(1);
  });

  it('"The Government will host X" is still the buyer\'s own tool', () => {
    expect(severityByTerm('# SOW\n\nThe Government will host Terraform Enterprise, and the contractor will use it.\n')['Terraform Enterprise']).toBe(0);
  });

  it('"… with X will be evaluated" is desirable, not the supplier\'s mandatory "will"', () => {
    expect(severityByTerm('# Evaluation\n\nThe Offeror\'s demonstrated experience with Amazon Cognito will be evaluated.\n')['Amazon Cognito']).toBe(1);
    expect(severityByTerm('# SOW\n\nThe Offeror will deliver the service on Amazon Cognito.\n')['Amazon Cognito']).toBe(2);
  });

  it('a question on how the bidder would use a product names it as an example; a question on conformity does not', () => {
    expect(severityByTerm('# Evaluation\n\nOfferors should describe how they would use Amazon DynamoDB to store case data.\n')['Amazon DynamoDB']).toBe(0);
    expect(severityByTerm('# Krav\n\nLeverandøren skal beskrive hvordan kravet er ivaretatt og om det er i tråd med ISO 50001.\n')['ISO 50001']).toBe(1);
  });
});

describe('an award table whose requirement column is headed "Krav"', () => {
  it('is desirable (a warning), not mandatory because of its header', () => {
    const md = '# Avrop\n\n## Bör-krav (meriterande)\n\n| Nr | Krav | Viktning |\n|---|---|---|\n| 1 | Erfarenhet av Angular. | 20 % |\n';
    expect(severityByTerm(md)['Angular']).toBe(1);
  });
});
