// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      // no React Fast Refresh in `dev:h5` (it needs react-refresh packages the project does not ship); live reload still works
      hot: false
    }]
  ]
}
