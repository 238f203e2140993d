// Stands in for the core-js ES2015 polyfills twitter-text imports for old browsers: Electron's
// Chromium has every one of those features, so the renderer build resolves them to this module.
export {};
