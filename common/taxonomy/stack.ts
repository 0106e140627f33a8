/**
 * The curated tech-stack taxonomy: languages, frameworks and tools, each with the aliases people
 * actually type. Anything not in here is kept as a free tag (see normalizeStackTag).
 */
type Kind = 'language' | 'framework' | 'tool';

interface StackEntry {
  id: string;
  label: string;
  kind: Kind;
  aliases?: string[];
}

const L = (id: string, label: string, aliases: string[] = []): StackEntry => ({
  id,
  label,
  kind: 'language',
  aliases,
});
const F = (id: string, label: string, aliases: string[] = []): StackEntry => ({
  id,
  label,
  kind: 'framework',
  aliases,
});
const T = (id: string, label: string, aliases: string[] = []): StackEntry => ({
  id,
  label,
  kind: 'tool',
  aliases,
});

export const STACK: StackEntry[] = [
  // Languages
  L('javascript', 'JavaScript', ['js', 'ecmascript', 'es6', 'vanilla js']),
  L('typescript', 'TypeScript', ['ts']),
  L('python', 'Python', ['py', 'python3']),
  L('java', 'Java'),
  L('kotlin', 'Kotlin', ['kt']),
  L('csharp', 'C#', ['c sharp', 'csharp', 'c-sharp']),
  L('cpp', 'C++', ['cpp', 'c plus plus']),
  L('c', 'C', ['c lang', 'clang']),
  L('go', 'Go', ['golang']),
  L('rust', 'Rust', ['rs']),
  L('ruby', 'Ruby', ['rb']),
  L('php', 'PHP'),
  L('swift', 'Swift'),
  L('objective-c', 'Objective-C', ['objc', 'obj-c']),
  L('scala', 'Scala'),
  L('elixir', 'Elixir'),
  L('erlang', 'Erlang'),
  L('haskell', 'Haskell'),
  L('clojure', 'Clojure'),
  L('dart', 'Dart'),
  L('r', 'R', ['r lang', 'rlang']),
  L('julia', 'Julia'),
  L('sql', 'SQL'),
  L('html', 'HTML', ['html5']),
  L('css', 'CSS', ['css3']),
  L('sass', 'Sass', ['scss']),
  L('bash', 'Bash', ['shell', 'sh', 'shell scripting']),
  L('powershell', 'PowerShell', ['pwsh']),
  L('lua', 'Lua'),
  L('solidity', 'Solidity'),
  L('graphql', 'GraphQL', ['gql']),
  // Frameworks and libraries
  F('react', 'React', ['reactjs', 'react.js']),
  F('react-native', 'React Native', ['rn']),
  F('nextjs', 'Next.js', ['next', 'nextjs']),
  F('vue', 'Vue', ['vuejs', 'vue.js']),
  F('nuxt', 'Nuxt', ['nuxtjs']),
  F('angular', 'Angular', ['angularjs']),
  F('svelte', 'Svelte', ['sveltekit']),
  F('solid', 'SolidJS', ['solidjs']),
  F('node', 'Node.js', ['nodejs', 'node.js', 'node']),
  F('express', 'Express', ['expressjs']),
  F('fastify', 'Fastify'),
  F('nestjs', 'NestJS', ['nest']),
  F('django', 'Django'),
  F('flask', 'Flask'),
  F('fastapi', 'FastAPI'),
  F('rails', 'Ruby on Rails', ['ror', 'rails']),
  F('laravel', 'Laravel'),
  F('symfony', 'Symfony'),
  F('spring', 'Spring', ['spring boot', 'springboot']),
  F('dotnet', '.NET', ['dotnet', 'asp.net', '.net core', 'aspnet']),
  F('flutter', 'Flutter'),
  F('swiftui', 'SwiftUI'),
  F('jetpack-compose', 'Jetpack Compose', ['compose']),
  F('phoenix', 'Phoenix'),
  F('tailwind', 'Tailwind CSS', ['tailwindcss', 'tailwind']),
  F('bootstrap', 'Bootstrap'),
  F('redux', 'Redux'),
  F('pandas', 'pandas'),
  F('numpy', 'NumPy'),
  F('pytorch', 'PyTorch', ['torch']),
  F('tensorflow', 'TensorFlow', ['tf']),
  F('scikit-learn', 'scikit-learn', ['sklearn']),
  F('spark', 'Apache Spark', ['spark', 'pyspark']),
  F('unity', 'Unity'),
  F('unreal', 'Unreal Engine', ['ue5', 'ue4']),
  // Tools and platforms
  T('git', 'Git'),
  T('github', 'GitHub'),
  T('gitlab', 'GitLab'),
  T('docker', 'Docker'),
  T('kubernetes', 'Kubernetes', ['k8s', 'kube']),
  T('terraform', 'Terraform', ['tf cloud']),
  T('ansible', 'Ansible'),
  T('aws', 'AWS', ['amazon web services']),
  T('gcp', 'Google Cloud', ['gcp', 'google cloud platform']),
  T('azure', 'Azure', ['microsoft azure']),
  T('linux', 'Linux'),
  T('postgresql', 'PostgreSQL', ['postgres', 'psql', 'pg']),
  T('mysql', 'MySQL'),
  T('sqlite', 'SQLite'),
  T('mongodb', 'MongoDB', ['mongo']),
  T('redis', 'Redis'),
  T('elasticsearch', 'Elasticsearch', ['elastic', 'es']),
  T('kafka', 'Kafka', ['apache kafka']),
  T('rabbitmq', 'RabbitMQ'),
  T('graphql-tools', 'Apollo GraphQL', ['apollo']),
  T('webpack', 'webpack'),
  T('vite', 'Vite'),
  T('jest', 'Jest'),
  T('vitest', 'Vitest'),
  T('cypress', 'Cypress'),
  T('playwright', 'Playwright'),
  T('selenium', 'Selenium'),
  T('jenkins', 'Jenkins'),
  T('github-actions', 'GitHub Actions', ['gha']),
  T('ci-cd', 'CI/CD', ['ci', 'cd', 'continuous integration']),
  T('figma', 'Figma'),
  T('sketch', 'Sketch'),
  T('jira', 'Jira'),
  T('dbt', 'dbt'),
  T('airflow', 'Airflow', ['apache airflow']),
  T('snowflake', 'Snowflake'),
  T('bigquery', 'BigQuery'),
  T('tableau', 'Tableau'),
  T('power-bi', 'Power BI', ['powerbi']),
  T('excel', 'Excel'),
  T('prometheus', 'Prometheus'),
  T('grafana', 'Grafana'),
  T('datadog', 'Datadog'),
  T('nginx', 'nginx'),
  T('vercel', 'Vercel'),
  T('firebase', 'Firebase'),
  T('supabase', 'Supabase'),
  T('stripe', 'Stripe'),
  T('llm', 'LLMs', ['large language models', 'gpt', 'openai']),
  T('owasp', 'OWASP'),
  T('burp', 'Burp Suite', ['burp suite']),
];

/** Lower-case, trimmed, inner whitespace collapsed: how tags compare. */
export function tagKey(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const byKey = new Map<string, StackEntry>();
for (const entry of STACK) {
  for (const name of [entry.id, entry.label, ...(entry.aliases ?? [])])
    byKey.set(tagKey(name), entry);
}

export interface StackTag {
  /** The taxonomy id, or `free:<key>` for a tag outside the taxonomy. */
  id: string;
  label: string;
  free: boolean;
}

/** Maps what someone typed to a taxonomy entry ("k8s" → Kubernetes) or a normalised free tag. */
export function normalizeStackTag(raw: string): StackTag | undefined {
  const key = tagKey(raw);
  if (!key) return undefined;
  const entry = byKey.get(key);
  if (entry) return { id: entry.id, label: entry.label, free: false };
  return { id: `free:${key}`, label: key, free: true };
}

/** Normalises and de-duplicates a list of typed tags, keeping the first spelling's order. */
export function normalizeStackTags(raw: readonly string[]): StackTag[] {
  const seen = new Set<string>();
  const tags: StackTag[] = [];
  for (const item of raw) {
    const tag = normalizeStackTag(item);
    if (!tag || seen.has(tag.id)) continue;
    seen.add(tag.id);
    tags.push(tag);
  }
  return tags;
}

export function stackLabel(id: string): string {
  return id.startsWith('free:') ? id.slice(5) : (byKey.get(id)?.label ?? id);
}
