import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One axe-core finding, as the real-browser tests keep it. */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);

/**
 * axe-core's source, injected into the page under test (extension pages' CSP forbids a script
 * tag, but a debugger's evaluate is not a page script), followed by a run over the whole page.
 * Evaluate the returned expression; it resolves to AxeViolation[].
 */
export function axeRunExpression(): string {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return `(async () => {
    if (!globalThis.axe) { ${source} }
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => String(node.target.join(' '))),
    }));
  })()`;
}

/** The violations that must not exist: serious and critical ones. */
export function blocking(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
