// Taro's preset compiles the app for both the weapp and the H5 build. For the weapp, `loose` and the assumptions
// keep the ES2015 output of libraries small (optional chaining as `x == null ? void 0 : x.y`, plain assignments
// for spreads): its main package is budgeted. Not for H5, whose components are custom elements, which loosely
// compiled classes cannot construct.
const weapp = process.env.TARO_ENV === 'weapp'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', loose: weapp }]],
  ...(weapp ? { assumptions: { noDocumentAll: true, setSpreadProperties: true } } : {}),
}
