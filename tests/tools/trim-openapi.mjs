// Keeps only the named operations of an OpenAPI document and the components they reach
// through $ref, unchanged, so a large reference document can be copied into tests/reference
// at a size a test loads quickly. Usage:
//   node tests/tools/trim-openapi.mjs <in.json> <out.json> "post /2/tweets" "get /2/users/me" ...
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, ...wanted] = process.argv.slice(2);
if (!input || !output || wanted.length === 0) {
  console.error('usage: trim-openapi.mjs <in.json> <out.json> "<method> <path>"...');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(input, 'utf8'));
const paths = {};
for (const entry of wanted) {
  const [method, path] = entry.split(' ');
  const operation = doc.paths[path]?.[method];
  if (!operation) throw new Error(`no operation ${entry}`);
  paths[path] = { ...paths[path], [method]: operation };
}

const kept = new Map();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
      const [, , group, name] = value.split('/');
      const id = `${group}/${name}`;
      if (!kept.has(id)) {
        kept.set(id, doc.components[group][name]);
        visit(doc.components[group][name]);
      }
    } else visit(value);
  }
};
visit(paths);
visit(doc.components.securitySchemes);

const components = { securitySchemes: doc.components.securitySchemes };
for (const [id, value] of [...kept].sort(([a], [b]) => a.localeCompare(b))) {
  const [group, name] = id.split('/');
  (components[group] ??= {})[name] = value;
}
const { paths: _all, components: _components, ...head } = doc;
writeFileSync(output, `${JSON.stringify({ ...head, paths, components }, null, 1)}\n`);
console.log(`${Object.keys(paths).length} paths, ${kept.size} components -> ${output}`);
