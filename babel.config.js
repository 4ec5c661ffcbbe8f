// Taro's preset compiles the app for both the weapp and the H5 build. `loose` and the assumptions keep the
// ES2015 output of libraries small (optional chaining as `x == null ? void 0 : x.y`, plain assignments for
// class fields and spreads) — the main package is budgeted.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', loose: true }]],
  assumptions: { noDocumentAll: true, setPublicClassFields: true, setSpreadProperties: true },
}
