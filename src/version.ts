// Generated from package.json by scripts/bundle.mjs; bump the version there.
export const VERSION = '0.1.0'
