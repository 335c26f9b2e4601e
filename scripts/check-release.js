// `npm publish` runs this first (prepublishOnly): what a release needs that a development build
// does not. It fails until each is true, so an unfinished package cannot reach the registry.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const problems = [];

// The repository's public address is the maintainers' to give; none is invented here.
if (!pkg.repository) problems.push('package.json has no "repository": add the public repository address.');
const entry = new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] – (\\d{4}-\\d{2}-\\d{2})$`, 'm');
if (!entry.test(changelog)) problems.push(`CHANGELOG.md has no dated entry "## [${pkg.version}] – YYYY-MM-DD" for this version.`);

if (problems.length) {
  console.error(`Not ready to publish ${pkg.name}@${pkg.version}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${pkg.name}@${pkg.version}: ready to publish.`);
