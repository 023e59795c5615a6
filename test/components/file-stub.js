// Images resolve to their name in component tests.
module.exports = 'test-file-stub'
