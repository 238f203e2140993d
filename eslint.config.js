import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_ELECTRON_IN_CORE = { name: 'electron', message: 'The core must not import electron.' };

// Domains of src-main/core (the model is emdash's core-module-boundaries rule): each folder may
// import itself, src-main/shared, the kernel files at the top of core/ (clock, events, ports,
// redact, secret-redactor) and only the folders listed here. Stores live with their domain;
// store/ holds the records every domain builds on (posts, media, activity, channels, profile,
// settings). handlers/ (one file per file of shared/contract/), startup/ (the phases of a start)
// and create-core.ts compose the domains and may import all of them, and dispatch.ts routes
// requests to handlers; nothing else imports handlers, startup, create-core or dispatch.
// A 'folder/module' entry allows that one module of a folder.
const CORE_DOMAINS = {
  db: [],
  storage: ['db'],
  // Networks behind one interface: no stores, no tables; what a connector needs is injected.
  // The channel services here reach the channels through interfaces ChannelStore meets
  // (connectors/channel-records.ts). image-facts reads image headers and touches no table.
  connectors: ['store/image-facts'],
  // Before a target changes, the stores ask the outbox's rules (send in progress, post status).
  store: ['db', 'outbox'],
  outbox: ['db', 'store', 'connectors', 'storage', 'inbox'],
  inbox: ['db', 'store', 'connectors', 'plan'],
  plan: ['db', 'store'],
  metrics: ['db', 'store', 'connectors', 'plan'],
  marketing: ['db', 'plan', 'imports'],
  // Imported rows find their campaign through an interface marketing's CampaignStore meets.
  imports: ['db'],
  // Backups, restore and the full export copy the database and its images; they are handed the
  // image paths and the live connection, and read every table through the schema.
  backups: ['db'],
  // Find, repeat, undo (issue 12 §6): search, duplicate, bulk actions over posts and their undo.
  batch: ['db', 'store', 'outbox', 'marketing'],
  // The desktop app's decisions (window placement, updates), pure: main's glue gives them the facts.
  desktop: [],
  // The owner's saved pieces for the composer (templates, snippets, hashtag groups).
  library: ['db'],
  // Posts in from a CSV (read by imports' parser, images checked by the media store) and the
  // schedule out as a calendar file.
  'post-files': ['db', 'store', 'imports'],
};
const COMPOSERS = ['handlers', 'startup', 'create-core', 'dispatch'];

/** The no-restricted-imports rule for a file of `domain` (null: a file at the top of core/) that may import `allowed`. */
function coreImports(domain, allowed) {
  const folders = [...Object.keys(CORE_DOMAINS), ...COMPOSERS].filter(
    (folder) => folder !== domain && !allowed.includes(folder),
  );
  const forbidden = folders.map((folder) => {
    const modules = allowed.filter((a) => a.startsWith(`${folder}/`)).map((a) => a.slice(folder.length + 1));
    return modules.length > 0 ? `${folder}(?!/(?:${modules.join('|')})$)` : folder;
  });
  const up = domain === null ? '\\./' : '(?:\\.\\./)+';
  const may = allowed.length > 0 ? allowed.join(', ') : 'no other folder';
  return [
    'error',
    {
      paths: [NO_ELECTRON_IN_CORE],
      patterns: [
        {
          regex: `^${up}(?:${forbidden.join('|')})(?:/|$)`,
          message: `${domain === null ? 'A file at the top of core/' : `core/${domain}`} may import ${may} (and itself, shared and the kernel): see CORE_DOMAINS in eslint.config.js.`,
        },
      ],
    },
  ];
}

/** The no-restricted-imports rule for a file of src-main/shared, for which `outside` leaves shared/. */
function sharedImports(outside) {
  return [
    'error',
    { paths: ['electron'], patterns: [{ group: ['node:*', outside], message: 'Shared code stays pure.' }] },
  ];
}

const RENDERER_SHELL = {
  regex: '^(?:\\.\\./)+app(?:/|$)',
  message: 'Only the shell (main.tsx) imports app/; move what is shared to state/, lib/ or components/.',
};
const RENDERER_SCREENS = {
  regex: '^(?:\\.\\./)+features(?:/|$)',
  message: 'state/, components/, lib/ and i18n/ sit below the screens and do not import features/.',
};

/** The renderer's no-restricted-imports rule, with the imports its layer may not make (`layers`). */
function rendererImports(layers) {
  return [
    'error',
    {
      paths: ['electron'],
      patterns: [
        { group: ['node:*'], message: 'The renderer has no Node.' },
        { group: ['**/src-main/**'], message: 'Import shared code through @shared/*.' },
        ...layers,
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'src-main/core/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-main/**/*.ts', 'tests/**/*.{ts,mjs}', '*.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The core runs in plain Node: tests and web mode must run exactly what ships.
    files: ['src-main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON_IN_CORE] }] },
  },
  {
    files: ['src-main/core/*.ts'],
    ignores: ['src-main/core/create-core.ts', 'src-main/core/dispatch.ts'],
    rules: { 'no-restricted-imports': coreImports(null, []) },
  },
  {
    files: ['src-main/core/dispatch.ts'],
    rules: { 'no-restricted-imports': coreImports(null, ['handlers']) },
  },
  ...Object.entries(CORE_DOMAINS).map(([domain, allowed]) => ({
    files: [`src-main/core/${domain}/**/*.ts`],
    rules: { 'no-restricted-imports': coreImports(domain, allowed) },
  })),
  // Shared by both worlds: no Node, no Electron, nothing from outside shared/ (its folders, such
  // as contract/, may import each other).
  {
    files: ['src-main/shared/*.ts'],
    rules: { 'no-restricted-imports': sharedImports('../**') },
  },
  {
    files: ['src-main/shared/*/*.ts'],
    rules: { 'no-restricted-imports': sharedImports('../../**') },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports([]),
    },
  },
  // The renderer's layers: the shell (app/) composes the screens (features/), which build on the
  // stores (state/), components, lib and i18n. Nothing imports a layer above it, so each screen
  // can load lazily on its own and no import cycle runs through the shell.
  {
    files: ['src-renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports([RENDERER_SHELL]) },
  },
  {
    files: ['src-renderer/src/{state,components,lib,i18n}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports([RENDERER_SHELL, RENDERER_SCREENS]) },
  },
);
