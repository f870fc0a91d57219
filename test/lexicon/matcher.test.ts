import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/lexicon/matcher.js';
import { tokenize } from '../../src/text/tokens.js';
import type { LexiconEntry } from '../../src/lexicon/types.js';

const mk = (id: string, terms: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry => ({
  id, terms, kind: 'product', neutral: { da: 'x', en: 'x' }, examples: { flag: [], pass: [] }, category: 'other', source: 't:1', ...extra,
});
const m = new Matcher([
  mk('sap', ['SAP']), mk('oracle-db', ['Oracle Database']), mk('oracle', ['Oracle']), mk('mysql', ['MySQL']),
  mk('azure', ['Azure']), mk('azure-sql', ['Azure SQL Database']), mk('sql-server', ['SQL Server']), mk('jira', ['Jira']),
  mk('ms', ['Microsoft']), mk('d365', ['Dynamics 365']), mk('word', [], { ambiguousTerms: ['Word'], cues: ['dokument'] }),
]);
const scan = (t: string) => m.scan(t).map((x) => `${x.entry.id}:${t.slice(x.start, x.end)}`);

describe('Matcher', () => {
  it('understands Danish inflection and compounds', () => {
    expect(scan('SAP-systemet og Oracle-databasen')).toEqual(['sap:SAP', 'oracle:Oracle']);
    expect(scan('Microsofts licenser og MySQL\'s replikering')).toEqual(['ms:Microsoft', 'mysql:MySQL']);
    expect(scan('SQL Serveren og Dynamics 365-løsningen')).toEqual(['sql-server:SQL Server', 'd365:Dynamics 365']);
    expect(scan('Jiranummer og Azuremiljøet')).toEqual(['jira:Jira', 'azure:Azure']);
  });
  it('takes the longest match first and never overlaps', () => {
    expect(scan('Azure SQL Database er ikke Azure')).toEqual(['azure-sql:Azure SQL Database', 'azure:Azure']);
    expect(scan('Oracle Database 19c')).toEqual(['oracle-db:Oracle Database']);
  });
  it('respects word boundaries and case rules', () => {
    expect(scan('sapiens, SAPS, sap')).toEqual([]);
    expect(scan('German Delle, the word excel, mysql')).toEqual(['mysql:mysql']);
    expect(m.scan('a Word document')[0]?.ambiguous).toBe(true);
    expect(scan('a word')).toEqual([]);
  });
  it('never matches inside another word', () => {
    expect(scan('macAdresse NetworkZone unSAP')).toEqual([]);
  });
  it('costs the same per character whatever the lexicon size (token trie)', () => {
    // Structural check: the trie's root holds one key per distinct first token, not per entry.
    const big = new Matcher(Array.from({ length: 6000 }, (_, i) => mk(`p${i}`, [`Prod${i} Suite`])));
    expect(big.size).toBe(6000);
    expect(big.scan('Løsningen skal bruge Prod5999 Suite og Prod12 Suite.').map((x) => x.entry.id)).toEqual(['p5999', 'p12']);
  });
});

describe('fuzzy near-misses', () => {
  const fz = new Matcher([mk('postgresql', ['PostgreSQL']), mk('oracle-db', ['Oracle Database']), mk('sharepoint', ['SharePoint']), mk('ibm-z', ['System z']), mk('hpe-alletra', ['Alletra'])]);
  const near = (t: string) => { const toks = tokenize(t); return fz.scanFuzzy(t, toks, fz.scan(t, toks)).map((m) => `${m.entry.id}:${m.term}`); };
  it('catches one-edit misspellings and names written apart', () => {
    expect(near('Data skal ligge i Postgre SQL og PostgreQSL.')).toEqual(['postgresql:Postgre SQL', 'postgresql:PostgreQSL']);
    expect(near('Intranettet skal bygges på SharePiont.')).toEqual(['sharepoint:SharePiont']);
  });
  it('leaves ordinary words, short words and lower-case words alone', () => {
    // Two words join only when both keep capitals: "Alle tre" (all three) is prose, one edit from "Alletra" or not.
    expect(near('Alle tre tilgangsnivåer skal støtte de samme funksjonene.')).toEqual([]);
    expect(near('Lagringen skal bygge på Alle Tra.')).toEqual(['hpe-alletra:Alle Tra']);
    expect(near('Systems and Strategies must be documented; postgresqk is lower case; Shar is short.')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or adjacent swap, and nothing more', async () => {
    const { withinOneEdit } = await import('../../src/lexicon/fuzzy.js');
    for (const [a, b] of [['oracle', 'orcale'], ['oracle', 'oracl'], ['oracle', 'oraclee'], ['oracle', 'oracke'], ['oracle', 'oracle']]) expect(withinOneEdit(a, b), `${a}/${b}`).toBe(true);
    for (const [a, b] of [['oracle', 'orcael'], ['oracle', 'orac'], ['oracle', 'xracke'], ['sharepoint', 'sharpeoint x']]) expect(withinOneEdit(a, b), `${a}/${b}`).toBe(false);
  });
});
