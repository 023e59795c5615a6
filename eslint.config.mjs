import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'cloudfunctions/*/index.js', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off'
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    // Domain code must stay portable: no Taro, no wx-server-sdk, no SQLite.
    files: ['cloudfunctions/api/src/domain/**', 'cloudfunctions/api/src/actions/**', 'types/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@tarojs/*', 'wx-server-sdk', 'better-sqlite3', 'react'] }]
    }
  }
)
