// A throw-away WordPress for the plugin's tests: WordPress 7.1.0 unpacked from the shared archive
// (`../shared/cms/wordpress-7.1.0.tar.xz`, or CMS_ARCHIVES), with Debian's MariaDB and Apache with
// mod_php (PHP 8.2), each started privately in a temporary folder (its own database server on a Unix
// socket, its own Apache on a loopback port), set up without wp-cli through PHP scripts that load
// wp-load.php. Nothing is written outside that folder, and every process ends with the test run.
import { execFile as execFileCallback, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, startProcess, waitForPort } from './processes.js';

const execFile = promisify(execFileCallback);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The folder of the shared CMS archives (beside the repository, as in CI). */
export const CMS_ARCHIVES = process.env.CMS_ARCHIVES ?? join(ROOT, '..', 'shared', 'cms');
export const WORDPRESS_ARCHIVE = join(CMS_ARCHIVES, 'wordpress-7.1.0.tar.xz');
export const PLUGIN_CHECK_ARCHIVE = join(CMS_ARCHIVES, 'plugin-check-1.2.0.tar.xz');
const APACHE_MODULES = '/usr/lib/apache2/modules';
const NEEDED = {
  'mariadb-server': '/usr/sbin/mariadbd',
  apache2: '/usr/sbin/apache2',
  'libapache2-mod-php8.2': `${APACHE_MODULES}/libphp8.2.so`,
  'php8.2-cli': '/usr/bin/php8.2',
  'php8.2-mysql': '/etc/php/8.2/mods-available/mysqli.ini',
  'xz-utils': '/usr/bin/xz',
};
export const WORDPRESS_PACKAGES = Object.keys(NEEDED);

/** What is missing on this machine (empty when the WordPress tests can run): Debian packages, or the archives. */
export function missingWordPressPackages() {
  const missing = Object.entries(NEEDED)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
  for (const archive of [WORDPRESS_ARCHIVE, PLUGIN_CHECK_ARCHIVE]) if (!existsSync(archive)) missing.push(archive);
  return missing;
}

export const USERS = {
  admin: { role: 'administrator', password: 'admin-password-for-tests', locale: 'en_US' },
  author: { role: 'author', password: 'author-password-for-tests', locale: 'de_DE_formal' },
  contributor: { role: 'contributor', password: 'contributor-password-for-tests', locale: 'en_US' },
};

const isRoot = process.getuid?.() === 0;

async function run(command, args, options = {}) {
  try {
    return (await execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options })).stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed: ${error.stderr || error.message}`, { cause: error });
  }
}

async function until(condition, what, ms = 60000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > end) throw new Error(`${what}: not after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts MariaDB, Apache and a fresh WordPress site with an administrator, an Author and a Contributor. */
export async function startWordPress({ title = 'Plugin test site', language = 'en_US' } = {}) {
  // en_US is WordPress's own language: no WPLANG.
  const wplang = language === 'en_US' ? '' : language;
  const dir = await mkdtemp(join(tmpdir(), 'wordpress-site-'));
  await chmod(dir, 0o755);
  const processes = [];
  const stop = async () => {
    for (const child of processes.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    // The database server: its own data folder, a Unix socket, no TCP at all.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysqld.sock');
    const asUser = isRoot ? ['--user=root'] : [];
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asUser,
    ]);
    processes.push(
      startProcess('/usr/sbin/mariadbd', [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        `--log-error=${join(dir, 'mysqld.err')}`,
        '--innodb-buffer-pool-size=32M',
        ...asUser,
      ]),
    );
    const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await until(
      () =>
        sql('SELECT 1').then(
          () => true,
          () => false,
        ),
      'MariaDB answering on its socket',
    );
    await sql(
      "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    );

    // WordPress 7.1.0 as released (with Twenty Twenty-Five), unpacked here: about 2 s.
    await run('tar', ['-xJf', WORDPRESS_ARCHIVE, '-C', dir]);
    const root = join(dir, 'wordpress');
    const content = join(root, 'wp-content');
    for (const folder of ['uploads', 'languages', 'upgrade']) await mkdir(join(content, folder), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'php-errors.log');
    await writeFile(debugLog, '');
    await writeFile(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((name) => [
    `define( '${name}_KEY', '${name}-key-of-a-throw-away-test-site' );`,
    `define( '${name}_SALT', '${name}-salt-of-a-throw-away-test-site' );`,
  ])
  .join('\n')}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    if (isRoot) await run('chown', ['-R', 'www-data:www-data', content, debugLog]);
    else await chmod(debugLog, 0o666);

    // Apache with mod_php, on a loopback port, serving only that folder.
    const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime'];
    await mkdir(join(dir, 'run'));
    await writeFile(
      join(dir, 'apache.conf'),
      `ServerRoot ${dir}
DefaultRuntimeDir ${dir}/run
PidFile ${dir}/run/apache.pid
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
${modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`).join('\n')}
LoadModule php_module ${APACHE_MODULES}/libphp8.2.so
${isRoot ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
ErrorLog ${dir}/apache-error.log
LogLevel warn
DocumentRoot ${root}
DirectoryIndex index.php
<Directory ${root}>
  Require all granted
  AllowOverride None
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    // In a process group of its own: on stopping, Apache sends SIGTERM to its whole group.
    const apache = spawn('/usr/sbin/apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], {
      stdio: 'ignore',
      detached: true,
    });
    const stopApache = () => apache.exitCode === null && apache.kill('SIGTERM');
    process.once('exit', stopApache);
    apache.once('exit', () => process.off('exit', stopApache));
    processes.push(apache);
    await waitForPort(port, 30000);

    /** Runs PHP inside WordPress (wp-load.php loaded); resolves what it printed. */
    let scripts = 0;
    const php = async (code) => {
      const file = join(dir, `script-${++scripts}.php`);
      await writeFile(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
${code.startsWith('define') ? code.split('\n')[0] : ''}
require '${root}/wp-load.php';
${code.startsWith('define') ? code.split('\n').slice(1).join('\n') : code}
`,
      );
      return run('php', [file], { cwd: root });
    };

    await php(`define( 'WP_INSTALLING', true );
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( ${JSON.stringify(title)}, 'admin', 'admin@example.org', false, '', ${JSON.stringify(USERS.admin.password)}, ${JSON.stringify(wplang)} );`);
    await php(`
update_option( 'WPLANG', ${JSON.stringify(wplang)} );
update_option( 'permalink_structure', '' );
update_option( 'show_avatars', 0 ); // no Gravatar request from the admin bar: only loopback
${Object.entries(USERS)
  .map(
    ([login, user]) => `
$id = username_exists( '${login}' ) ?: wp_insert_user( array( 'user_login' => '${login}', 'user_pass' => '${user.password}', 'user_email' => '${login}@example.org', 'role' => '${user.role}' ) );
if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
wp_set_password( '${user.password}', $id );
update_user_meta( $id, 'locale', '${user.locale}' );
update_user_meta( $id, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false, 'isComplementaryAreaVisible' => true ), '_modified' => gmdate( 'c' ) ) );`,
  )
  .join('\n')}
echo wp_get_theme()->get_stylesheet();`);

    return { url, dir, root, php, sql, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
