// Statistics and the side-by-side table shared by the Node and the browser benchmark, so both print
// figures computed the same way. Times are milliseconds per page.

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  // Nearest-rank on the sorted sample: p95 of 181 pages is the 172nd value, a real measurement.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// timings: { name: number[] } indexed by page; errors: { name: count }.
export function summarise(names, timings, pageIndexes) {
  const rows = names.map((name) => {
    const sample = pageIndexes.map((i) => timings[name][i]).filter((t) => Number.isFinite(t));
    const sorted = [...sample].sort((a, b) => a - b);
    return {
      name,
      pages: sample.length,
      median: median(sorted),
      p95: quantile(sorted, 0.95),
      total: sample.reduce((a, b) => a + b, 0),
    };
  });
  return rows;
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) : '-');
const ratio = (v, base) => (Number.isFinite(v) && base > 0 ? (v / base).toFixed(2) + 'x' : '-');

// Prints one table. `base` names the row the ratios are against (articlean).
export function printTable(title, rows, base, errors = {}) {
  const b = rows.find((r) => r.name === base);
  console.log(`\n${title}`);
  console.log(
    `${pad('extractor', 30)}${lpad('pages', 6)}${lpad('median ms', 11)}${lpad('p95 ms', 10)}` +
      `${lpad('total ms', 11)}${lpad('median/art', 12)}${lpad('total/art', 11)}${lpad('errors', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${pad(r.name, 30)}${lpad(r.pages, 6)}${lpad(ms(r.median), 11)}${lpad(ms(r.p95), 10)}` +
        `${lpad(ms(r.total), 11)}${lpad(ratio(r.median, b?.median), 12)}${lpad(ratio(r.total, b?.total), 11)}` +
        `${lpad(errors[r.name] ?? 0, 8)}`,
    );
  }
}

// Both tables: every page, and the 10 largest pages (by bytes), where cost per byte shows.
export function printReport({ names, timings, sizes, errors, base }) {
  const all = sizes.map((_, i) => i);
  const largest = [...all].sort((a, c) => sizes[c] - sizes[a]).slice(0, 10);
  const totalBytes = all.reduce((a, i) => a + sizes[i], 0);
  const largeBytes = largest.reduce((a, i) => a + sizes[i], 0);
  printTable(
    `all ${all.length} pages (${(totalBytes / 1e6).toFixed(1)} MB)`,
    summarise(names, timings, all),
    base,
    errors,
  );
  printTable(
    `largest 10 pages (${(largeBytes / 1e6).toFixed(1)} MB, ${(sizes[largest[9]] / 1e3).toFixed(0)}-` +
      `${(sizes[largest[0]] / 1e3).toFixed(0)} KB each)`,
    summarise(names, timings, largest),
    base,
  );
}

// Runs every extractor on every page, interleaved: each page is cleaned by all of them back to back,
// in an order that rotates from page to page, so machine noise (other jobs, thermal drift, GC from an
// earlier page) falls on all of them alike. `rounds` > 1 keeps each page's fastest round.
export async function runInterleaved({ extractors, pages, rounds = 1, warmup = 5, now, log = () => {} }) {
  const names = extractors.map((e) => e.name);
  const timings = Object.fromEntries(names.map((n) => [n, pages.map(() => Infinity)]));
  const errors = Object.fromEntries(names.map((n) => [n, 0]));
  const firstError = {};
  for (const page of pages.slice(0, warmup)) {
    for (const e of extractors) {
      try {
        await e.run(page.html, page.url);
      } catch {
        // counted in the measured pass
      }
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < pages.length; i++) {
      const { html, url } = pages[i];
      for (let k = 0; k < extractors.length; k++) {
        const e = extractors[(i + k + round) % extractors.length];
        const started = now();
        try {
          const out = await e.run(html, url);
          const elapsed = now() - started;
          if (!e.check || e.check(out)) {
            timings[e.name][i] = Math.min(timings[e.name][i], elapsed);
          } else if (round === 0) {
            errors[e.name]++;
            firstError[e.name] ??= `${pages[i].file}: empty result`;
          }
        } catch (err) {
          if (round === 0) {
            errors[e.name]++;
            firstError[e.name] ??= `${pages[i].file}: ${err?.name}: ${String(err?.message).slice(0, 120)}`;
          }
        }
      }
      if ((i + 1) % 50 === 0) log(`round ${round + 1}: ${i + 1}/${pages.length} pages`);
    }
  }
  // A page an extractor failed on has no time (Infinity) and is left out of its statistics.
  for (const n of names) timings[n] = timings[n].map((t) => (Number.isFinite(t) ? t : NaN));
  return { names, timings, errors, firstError };
}
