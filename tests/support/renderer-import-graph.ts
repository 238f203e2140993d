// The renderer's import graph, read from its source with TypeScript's parser: for each file, what
// it loads at once (static imports and re-exports) and what it loads when first needed (import()).
// Type-only imports are left out, since nothing of them reaches the bundle.
import { readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
export const rendererSource = resolve(root, 'src-renderer/src');

/** A file's imports: renderer files by their path under src-renderer/src, other code by package name. */
export interface FileImports {
  readonly eager: string[];
  readonly lazy: string[];
}

const OPTIONS: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  paths: { '@shared/*': [resolve(root, 'src-main/shared/*')] },
};

/** The import graph of the renderer and the shared code it uses, keyed by path under src-renderer/src (`../../src-main/shared/…` for shared files). */
export function rendererImportGraph(): Map<string, FileImports> {
  const graph = new Map<string, FileImports>();
  const pending = readdirSync(rendererSource, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => resolve(rendererSource, name));
  while (pending.length > 0) {
    const file = pending.pop()!;
    const key = relative(rendererSource, file);
    if (graph.has(key)) continue;
    const { eager, lazy } = specifiers(file);
    const target = (specifier: string) => {
      const resolved = ts.resolveModuleName(specifier, file, OPTIONS, ts.sys).resolvedModule;
      // Stylesheets and other assets are files too, though TypeScript does not resolve them.
      if (!resolved && specifier.startsWith('.'))
        return relative(rendererSource, resolve(dirname(file), specifier));
      if (!resolved || resolved.isExternalLibraryImport) return packageName(specifier);
      if (!graph.has(relative(rendererSource, resolved.resolvedFileName)))
        pending.push(resolved.resolvedFileName);
      return relative(rendererSource, resolved.resolvedFileName);
    };
    graph.set(key, { eager: [...new Set(eager.map(target))], lazy: [...new Set(lazy.map(target))] });
  }
  return graph;
}

/** Every file and package `entry` loads at once, following static imports only. */
export function loadedAtOnce(graph: Map<string, FileImports>, entry: string): Set<string> {
  const reached = new Set<string>([entry]);
  const pending = [entry];
  while (pending.length > 0) {
    for (const next of graph.get(pending.pop()!)?.eager ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      pending.push(next);
    }
  }
  return reached;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function specifiers(file: string): FileImports {
  const source = ts.createSourceFile(file, ts.sys.readFile(file)!, ts.ScriptTarget.Latest, true);
  const eager: string[] = [];
  const lazy: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      eager.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      eager.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      lazy.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { eager, lazy };
}
