// Every failure a connector or the outbox shows the owner is said through the catalog (say()),
// so it can be shown in the owner's language: a ConnectorError (or a subclass) made from a
// string or a template literal, or a cannot-tell verdict whose reason is one, would reach the
// owner in English only. Read with TypeScript's parser.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const connectors = resolve(import.meta.dirname, '../../src-main/core/connectors');
const outbox = resolve(import.meta.dirname, '../../src-main/core/outbox');

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

function sourcesOf(entry: string, folder = connectors): string[] {
  const path = resolve(folder, entry);
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

/** A property's value in an object literal, by its name. */
function propertyOf(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const found = node.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
  );
  return found?.initializer;
}

/** `{ status: 'cannot-tell', reason: <plain words> }`: a verdict the owner would read in English. */
function isPlainCannotTell(node: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const status = propertyOf(node, 'status');
  const reason = propertyOf(node, 'reason');
  return (
    !!status &&
    ts.isStringLiteral(status) &&
    status.text === 'cannot-tell' &&
    !!reason &&
    isPlainWords(reason)
  );
}

function isPlainError(node: ts.Node): boolean {
  return (
    ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    ERROR_CLASSES.test(node.expression.text) &&
    !!node.arguments?.[1] &&
    isPlainWords(node.arguments[1])
  );
}

/**
 * `file:line` of every `new ConnectorError(kind, <plain words>)` and every cannot-tell verdict
 * with a reason in plain words in a source text, relative to `folder`.
 */
function plainFailures(fileName: string, text: string, folder = connectors): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isPlainError(node) || isPlainCannotTell(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(folder, fileName)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('connector failures', () => {
  it('are all said through the catalog in the keyed connectors', () => {
    const files = KEYED.flatMap((entry) => sourcesOf(entry));
    expect(files.length).toBeGreaterThan(20);
    const plain = files.flatMap((file) => plainFailures(file, readFileSync(file, 'utf8')));
    expect(plain).toEqual([]);
  });

  it('are all said through the catalog in the outbox, which fails a send itself too', () => {
    const files = sourcesOf('.', outbox);
    expect(files.map((file) => relative(outbox, file))).toContain('target-sender.ts');
    const plain = files.flatMap((file) => plainFailures(file, readFileSync(file, 'utf8'), outbox));
    expect(plain).toEqual([]);
  });

  it('are caught when written as a string, a template or a choice of them', () => {
    const text = [
      "new ConnectorError('auth', 'Reconnect in Settings.');",
      'new ConnectorError(kind, `${name} refused.`, details);',
      "new CertificateRefused('offline', ok ? say('connectors.common.unreachable') : 'Plain.');",
      "new ConnectorError('auth', say('connectors.common.signInGone', { network }));",
      "return { status: 'cannot-tell', reason: `Check ${handle}: choose “It was published”.` };",
      "return { status: 'cannot-tell', reason: say('connectors.discord.cannotTell', { handle }) };",
      "return { status: 'absent', reason: 'Not a verdict the owner reads.' };",
    ].join('\n');
    expect(plainFailures(resolve(connectors, 'sample.ts'), text)).toEqual([
      'sample.ts:1',
      'sample.ts:2',
      'sample.ts:3',
      'sample.ts:5',
    ]);
  });
});
