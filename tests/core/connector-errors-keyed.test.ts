// Every failure a connector shows the owner is said through the catalog (say()), so it can be
// shown in the owner's language: a ConnectorError (or a subclass) made from a string or a
// template literal would reach the owner in English only. Read with TypeScript's parser.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const connectors = resolve(import.meta.dirname, '../../src-main/core/connectors');

/** The folders (and loose files) whose failures are keyed; add a network's folder once it is. */
const KEYED = [
  'http',
  'bluesky',
  'mastodon',
  'telegram',
  'discord',
  'webhook',
  'x',
  'linkedin',
  'threads',
  'meta-graph',
  'facebook',
  'instagram',
  'own-app-flow.ts',
  'own-app-redirect.ts',
  'account-directory.ts',
  'stored-secret.ts',
];

/** ConnectorError and its subclasses, by the names they are constructed with. */
const ERROR_CLASSES = /^(ConnectorError|CertificateRefused|\w+Refusal)$/;

function sourcesOf(entry: string): string[] {
  const path = resolve(connectors, entry);
  if (entry.endsWith('.ts')) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => resolve(path, name));
}

/** Words written in place: a literal, a template, or a choice or sum of them. */
function isPlainWords(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isPlainWords(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return true;
  if (ts.isConditionalExpression(node)) return isPlainWords(node.whenTrue) || isPlainWords(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isPlainWords(node.left) || isPlainWords(node.right);
  return false;
}

/** `file:line` of every `new ConnectorError(kind, <plain words>)` in a source text. */
function plainFailures(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ERROR_CLASSES.test(node.expression.text) &&
      node.arguments?.[1] &&
      isPlainWords(node.arguments[1])
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(connectors, fileName)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('connector failures', () => {
  it('are all said through the catalog in the keyed connectors', () => {
    const files = KEYED.flatMap(sourcesOf);
    expect(files.length).toBeGreaterThan(20);
    const plain = files.flatMap((file) => plainFailures(file, readFileSync(file, 'utf8')));
    expect(plain).toEqual([]);
  });

  it('are caught when written as a string, a template or a choice of them', () => {
    const text = [
      "new ConnectorError('auth', 'Reconnect in Settings.');",
      'new ConnectorError(kind, `${name} refused.`, details);',
      "new CertificateRefused('offline', ok ? say('connectors.common.unreachable') : 'Plain.');",
      "new ConnectorError('auth', say('connectors.common.signInGone', { network }));",
    ].join('\n');
    expect(plainFailures(resolve(connectors, 'sample.ts'), text)).toEqual([
      'sample.ts:1',
      'sample.ts:2',
      'sample.ts:3',
    ]);
  });
});
