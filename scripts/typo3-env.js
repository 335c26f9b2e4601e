// A throw-away TYPO3 13.4 for the extension's tests: the offline Composer-mode archive from
// ../shared/cms, installed with Debian's PHP 8.2 and Composer, SQLite, the extension required from
// its release zip through a Composer `artifact` repository, served by `php -S` on a loopback port.
// A German site with the frontend Content-Security-Policy enforced, the extension's site set, and a
// non-admin editor whose group may use the DEFUS card and "Regular text element" but not Plain HTML.
// Nothing is written outside a temporary folder, and the server ends with the test run.
import { execFile as execFileCallback } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, startProcess, waitForPort } from './processes.js';

const execFile = promisify(execFileCallback);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The folder of the offline CMS archives, as the WordPress tests read it too (CMS_ARCHIVES overrides).
const CMS_ARCHIVES = process.env.CMS_ARCHIVES ?? join(ROOT, '..', 'shared', 'cms');
export const TYPO3_ARCHIVE = join(CMS_ARCHIVES, 'typo3-13.4.9.tar.xz');
/** The Debian packages the TYPO3 tests need (all in scripts/system-packages.sh). */
export const TYPO3_PACKAGES = [
  'php8.2-cli',
  'php8.2-intl',
  'php8.2-xml',
  'php8.2-mbstring',
  'php8.2-sqlite3',
  'php8.2-zip',
  'composer',
  'xz-utils',
];

export const USERS = {
  admin: { password: 'Admin-password-for-tests-1!' },
  editor: { password: 'Editor-password-for-tests-1!', lang: 'de' },
  // The same group with the backend in English (the screenshots of the English docs).
  'editor-en': { password: 'Editor-en-password-for-tests-1!', lang: 'default' },
};

/** The Debian packages missing on this machine for the TYPO3 tests (empty when they can run). */
export async function missingTypo3Packages() {
  const missing = [];
  if (!existsSync('/usr/bin/composer')) missing.push('composer');
  if (!existsSync('/usr/bin/php')) return [...missing, 'php8.2-cli'];
  const extensions = (await execFile('php', ['-m'])).stdout.toLowerCase().split('\n');
  for (const [extension, pkg] of [
    ['pdo_sqlite', 'php8.2-sqlite3'],
    ['intl', 'php8.2-intl'],
    ['mbstring', 'php8.2-mbstring'],
    ['dom', 'php8.2-xml'],
    ['zip', 'php8.2-zip'],
  ]) {
    if (!extensions.includes(extension)) missing.push(pkg);
  }
  return missing;
}

async function run(command, args, options = {}) {
  try {
    return (await execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options })).stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed: ${error.stderr || error.stdout || error.message}`, { cause: error });
  }
}

// Bootstraps TYPO3 for the command line and logs in a backend user, then runs a PHP file with
// `$input` (JSON from stdin): how the backend's own saving (DataHandler) runs for that user.
const AS_USER_PHP = `<?php
declare(strict_types=1);

use TYPO3\\CMS\\Core\\Authentication\\BackendUserAuthentication;
use TYPO3\\CMS\\Core\\Core\\Bootstrap;
use TYPO3\\CMS\\Core\\Core\\SystemEnvironmentBuilder;
use TYPO3\\CMS\\Core\\Http\\ServerRequest;
use TYPO3\\CMS\\Core\\Localization\\LanguageServiceFactory;
use TYPO3\\CMS\\Core\\Utility\\GeneralUtility;

$classLoader = require getenv('TYPO3_PROJECT') . '/vendor/autoload.php';
SystemEnvironmentBuilder::run(0, SystemEnvironmentBuilder::REQUESTTYPE_CLI);
Bootstrap::init($classLoader);
$GLOBALS['TYPO3_REQUEST'] = (new ServerRequest('http://localhost/typo3/'))
    ->withAttribute('applicationType', SystemEnvironmentBuilder::REQUESTTYPE_BE);
$user = GeneralUtility::makeInstance(BackendUserAuthentication::class);
$user->setBeUserByName($argv[1]);
if (empty($user->user['uid'])) {
    fwrite(STDERR, 'No backend user ' . $argv[1]);
    exit(1);
}
$user->fetchGroupData();
$GLOBALS['BE_USER'] = $user;
$GLOBALS['LANG'] = GeneralUtility::makeInstance(LanguageServiceFactory::class)->createFromUserPreferences($user);
$input = json_decode((string)file_get_contents('php://stdin'), true);
require $argv[2];
`;

const DATAHANDLER_PHP = `<?php
$dataHandler = \\TYPO3\\CMS\\Core\\Utility\\GeneralUtility::makeInstance(\\TYPO3\\CMS\\Core\\DataHandling\\DataHandler::class);
$dataHandler->start($input['data'] ?? [], $input['cmd'] ?? []);
$dataHandler->process_datamap();
$dataHandler->process_cmdmap();
echo json_encode(['errors' => $dataHandler->errorLog, 'ids' => $dataHandler->substNEWwithIDs]);
`;

/** Database statements through TYPO3's own connection: [sql, params] pairs; resolves the last one's rows. */
const SQL_PHP = `<?php
$connection = \\TYPO3\\CMS\\Core\\Utility\\GeneralUtility::makeInstance(\\TYPO3\\CMS\\Core\\Database\\ConnectionPool::class)->getConnectionByName('Default');
$rows = [];
foreach ($input as [$statement, $parameters]) {
    $result = $connection->executeQuery($statement, $parameters);
    $rows = str_starts_with(ltrim(strtoupper($statement)), 'SELECT') ? $result->fetchAllAssociative() : [];
}
echo json_encode($rows);
`;

const HASH_PHP = `<?php
echo \\TYPO3\\CMS\\Core\\Utility\\GeneralUtility::makeInstance(\\TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\PasswordHashFactory::class)
    ->getDefaultHashInstance('BE')->getHashedPassword($input);
`;

/** A page template with nothing but the page's content: every request on it is the card's or TYPO3's. */
const PAGE_TYPOSCRIPT = `page = PAGE
page.includeJS.cspViolations = fileadmin/csp-violations.js
page.10 = CONTENT
page.10 {
    table = tt_content
    select {
        orderBy = sorting
        where = {#colPos}=0
    }
}
`;

const CSP_VIOLATIONS_JS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
});
`;

/**
 * Unpacks TYPO3, installs the extension from `zip` (Composer package `composerName`, `version`),
 * sets up the site and the editor, and serves it. Resolves helpers and `stop()`.
 */
export async function startTypo3({ zip, composerName, version }) {
  const dir = await mkdtemp(join(tmpdir(), 'typo3-site-'));
  let server;
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await run('tar', ['xJf', TYPO3_ARCHIVE, '-C', dir]);
    const project = join(dir, 'typo3-13.4.9/project');
    const env = {
      ...process.env,
      COMPOSER_DISABLE_NETWORK: '1',
      COMPOSER_NO_INTERACTION: '1',
      COMPOSER_ALLOW_SUPERUSER: '1',
      COMPOSER_HOME: join(dir, 'composer-home'),
      TYPO3_PROJECT: project,
    };
    const composer = (...args) => run('composer', [...args, '--no-progress'], { cwd: project, env });
    const typo3 = (...args) => run(join(project, 'vendor/bin/typo3'), args, { cwd: project, env });
    await composer('install');
    const artifacts = join(dir, 'artifacts');
    await mkdir(artifacts);
    await copyFile(zip, join(artifacts, basename(zip)));
    await run('composer', ['config', 'repositories.card', 'artifact', artifacts], { cwd: project, env });
    await composer('require', `${composerName}:${version}`);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await typo3(
      'setup',
      '-n',
      '--driver=sqlite',
      '--admin-username=admin',
      `--admin-user-password=${USERS.admin.password}`,
      '--admin-email=admin@example.org',
      '--project-name=Extension test site',
      `--create-site=${url}/`,
      '--server-type=other',
    );
    await typo3('extension:setup');

    const site = join(project, 'config/sites/main');
    await writeFile(
      join(site, 'config.yaml'),
      `base: '${url}/'
rootPageId: 1
dependencies:
  - defus-info/card
languages:
  -
    title: Deutsch
    enabled: true
    languageId: 0
    base: /
    locale: de_DE.UTF-8
    navigationTitle: Deutsch
    flag: de
  -
    title: Français
    enabled: true
    languageId: 1
    base: /fr/
    locale: fr_FR.UTF-8
    navigationTitle: Français
    flag: fr
    fallbackType: strict
errorHandling: {  }
routes: {  }
`,
    );
    await writeFile(join(site, 'csp.yaml'), 'enforce: true\n');
    // Every page records its Content-Security-Policy violations from its first line on (a classic
    // script in the head, allowed as the site's own file), for the tests to read in each browser.
    await writeFile(join(project, 'public/fileadmin/csp-violations.js'), CSP_VIOLATIONS_JS);

    const scripts = join(dir, 'scripts');
    await mkdir(scripts);
    await writeFile(join(scripts, 'as-user.php'), AS_USER_PHP);
    let count = 0;
    /** Runs PHP code (a file's content, `<?php` first) as a backend user, `input` on stdin as JSON. */
    const php = async (user, code, input = null) => {
      const file = join(scripts, `script-${++count}.php`);
      await writeFile(file, code);
      const child = execFileCallback('php', [join(scripts, 'as-user.php'), user, file], {
        cwd: project,
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
      const output = new Promise((resolve, reject) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('exit', (code) =>
          code === 0 ? resolve(stdout) : reject(new Error(`PHP as ${user} failed (${code}): ${stderr}${stdout}`)),
        );
      });
      child.stdin.end(JSON.stringify(input));
      return output;
    };
    const sql = async (...statements) => JSON.parse(await php('admin', SQL_PHP, statements));
    /** DataHandler as `user`: resolves { errors, ids } (ids: NEW… placeholders → uids). */
    const dataHandler = async (user, data, cmd = {}) => JSON.parse(await php(user, DATAHANDLER_PHP, { data, cmd }));

    const hash = async (password) => php('admin', HASH_PHP, password);
    await sql(
      ["UPDATE sys_template SET clear = 0, include_static_file = '', config = ? WHERE uid = 1", [PAGE_TYPOSCRIPT]],
      [
        "INSERT INTO be_groups (pid, title, tables_select, tables_modify, explicit_allowdeny, groupMods, db_mountpoints, pagetypes_select, workspace_perms) VALUES (0, 'Redaktion', 'pages,tt_content', 'tt_content', 'tt_content:CType:defusinfo_card,tt_content:CType:text', 'web_layout', '1', '1', 1)",
        [],
      ],
    );
    const [{ uid: group }] = await sql(["SELECT uid FROM be_groups WHERE title = 'Redaktion'", []]);
    for (const [username, user] of Object.entries(USERS)) {
      if (username === 'admin') continue;
      await sql([
        "INSERT INTO be_users (pid, username, password, usergroup, lang, admin, options, workspace_perms, uc) VALUES (0, ?, ?, ?, ?, 0, 3, 1, '')",
        [username, await hash(user.password), String(group), user.lang],
      ]);
    }
    // The editors' group owns the site's pages and may do everything on them.
    await sql(['UPDATE pages SET perms_groupid = ?, perms_group = 31', [group]]);
    await typo3('cache:flush');

    server = startProcess('php', ['-S', `127.0.0.1:${port}`, '-t', join(project, 'public')], env);
    await waitForPort(port, 30000);
    return { url, dir, project, group, php, sql, dataHandler, typo3, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
