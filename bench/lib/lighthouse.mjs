/**
 * Lighthouse (npm `lighthouse`, default mobile settings with simulated throttling) on the running
 * storefront, with Debian's Chromium: category scores and Core Web Vitals per page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

export async function runLighthouse(pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const results = [];
    for (const page of pages) {
      const { lhr } = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      results.push({
        title: page.title,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        ...Object.fromEntries(Object.entries(AUDITS).map(([key, id]) => [key, audit(id)])),
        failing: ['accessibility', 'seo']
          .flatMap((c) => lhr.categories[c].auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1).map((r) => r.id)),
      });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

export function lighthouseTable(results) {
  const lines = [
    '| page (mobile, simulated throttling) | performance | accessibility | best practices | SEO | LCP ms | FCP ms | TBT ms | CLS | budget (perf ≥ 95, a11y ≥ 95, SEO 100) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const misses = [];
    if (r.performance < 95) misses.push(`performance ${r.performance}`);
    if (r.accessibility < 95) misses.push(`accessibility ${r.accessibility}`);
    if (r.seo < 100) misses.push(`SEO ${r.seo}`);
    const verdict = misses.length ? `missed: ${misses.join(', ')}${r.failing.length ? ` (failing audits: ${r.failing.join(', ')})` : ''}` : 'met';
    lines.push(`| ${r.title} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${Math.round(r.lcpMs)} | ${Math.round(r.fcpMs)} | ${Math.round(r.tbtMs)} | ${r.cls?.toFixed(3)} | ${verdict} |`);
  }
  return lines.join('\n');
}
