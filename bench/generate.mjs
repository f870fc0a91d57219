// Generates realistic Danish/English tender specifications of N pages (Markdown), deterministic for a seed.
const PRODUCTS = ['Microsoft SQL Server', 'Oracle Database 19c', 'SAP S/4HANA', 'KMD Opus', 'SharePoint Online', 'Microsoft Excel', 'Salesforce', 'VMware vSphere', 'Cisco Catalyst 9300', 'Dell Latitude 5450'];
const OPEN = ['CSV', 'JSON', 'PDF/A', 'ODF', 'OpenAPI', 'SAML 2.0'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** About 2,400 characters of Markdown per page: headings, prose, a list and a requirement table. */
export function generateSpec(pages, seed = 1) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = ['# Bilag 2 – Kravspecifikation', ''];
  for (let p = 1; p <= pages; p++) {
    out.push(`## ${p}. Område ${p}`, '');
    out.push(`Kommunen anvender i dag ${pick(PRODUCTS)} til opgaverne i område ${p}, og løsningen skal understøtte de eksisterende arbejdsgange for sagsbehandlere, ledere og borgere. Data skal kunne udveksles i ${pick(OPEN)} via dokumenterede snitflader.`, '');
    out.push(`Leverandøren skal beskrive, hvordan løsningen håndterer adgangsstyring, logning, backup og genetablering, og hvordan ændringer testes, før de sættes i drift. Løsningen bør kunne skaleres til mindst ${100 + p} samtidige brugere uden forringet svartid.`, '');
    for (let i = 0; i < 6; i++) out.push(`- Løsningen skal ${pick(['registrere', 'vise', 'eksportere', 'journalisere', 'arkivere'])} ${pick(['sager', 'dokumenter', 'hændelser', 'notater'])} med dato, ansvarlig og status (punkt ${p}.${i + 1}).`);
    out.push('', '| ID | Krav | Type |', '|----|------|------|');
    for (let i = 0; i < 5; i++) {
      const brand = r() < 0.3 ? ` ved brug af ${pick(PRODUCTS)}` : r() < 0.5 ? ` i ${pick(OPEN)}` : '';
      out.push(`| K-${p}.${i + 1} | Løsningen skal kunne levere rapporter om sagsbehandlingstider${brand}. | ${r() < 0.7 ? 'Mindstekrav' : 'Ønske'} |`);
    }
    out.push('', `Alle data skal ved kontraktens ophør kunne udleveres i et åbent format. ${p % 7 === 0 ? 'Leverandøren skal være Microsoft Gold Partner.' : ''}`, '');
  }
  return out.join('\n');
}
