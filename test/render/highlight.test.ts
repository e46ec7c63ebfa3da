/** Highlighting: Pygments 2.14's token classes (expectations recorded from it), and the text always kept exactly. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/render/index.js';
import { code, html, norm, preText } from './builders.js';

const hl = (lang: string, src: string, emphasize: number[] = []) => norm(toHtml({ type: 'root', children: highlight(lang, src, emphasize) }));

describe('token classes as Pygments', () => {
  it('json: keys nt, integers mi, floats mf, constants kc', () => {
    expect(hl('json', '{\n  "a": [1, -2.5e3, true, null, "x\\"y"],\n  "b": {}\n}\n')).toBe(
      norm(
        '<span class="p">{</span>\n<span class="w">  </span><span class="nt">&quot;a&quot;</span><span class="p">:</span><span class="w"> </span><span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="w"> </span><span class="mf">-2.5e3</span><span class="p">,</span><span class="w"> </span><span class="kc">true</span><span class="p">,</span><span class="w"> </span><span class="kc">null</span><span class="p">,</span><span class="w"> </span><span class="s2">&quot;x\\&quot;y&quot;</span><span class="p">],</span>\n<span class="w">  </span><span class="nt">&quot;b&quot;</span><span class="p">:</span><span class="w"> </span><span class="p">{}</span>\n<span class="p">}</span>\n',
      ),
    );
  });
  it('javascript (used by the corpora for JSON samples): strings s2, colon o, numbers mf', () => {
    expect(hl('javascript', '{\n    "server": {\n        "name": "new-server-test",\n        "min_count": 1,\n        "ok": true\n    }\n}\n')).toBe(
      norm(
        '<span class="p">{</span>\n<span class="w">    </span><span class="s2">&quot;server&quot;</span><span class="o">:</span><span class="w"> </span><span class="p">{</span>\n<span class="w">        </span><span class="s2">&quot;name&quot;</span><span class="o">:</span><span class="w"> </span><span class="s2">&quot;new-server-test&quot;</span><span class="p">,</span>\n<span class="w">        </span><span class="s2">&quot;min_count&quot;</span><span class="o">:</span><span class="w"> </span><span class="mf">1</span><span class="p">,</span>\n<span class="w">        </span><span class="s2">&quot;ok&quot;</span><span class="o">:</span><span class="w"> </span><span class="kc">true</span>\n<span class="w">    </span><span class="p">}</span>\n<span class="p">}</span>\n',
      ),
    );
  });
  it('default (python3): JSON-looking literal blocks get p / s2 / n tokens, whitespace unwrapped', () => {
    expect(hl('default', '{\n    "reason": "Replacing",\n    "persistent": false\n}\n')).toBe(
      norm('<span class="p">{</span>\n    <span class="s2">&quot;reason&quot;</span><span class="p">:</span> <span class="s2">&quot;Replacing&quot;</span><span class="p">,</span>\n    <span class="s2">&quot;persistent&quot;</span><span class="p">:</span> <span class="n">false</span>\n<span class="p">}</span>\n'),
    );
  });
  it('javascript and default on curl samples (cyborg): a line-ending backslash is an operator, strings span lines or stop at an open line', () => {
    // Expectations recorded from Pygments 2.14 (HtmlFormatter, nowrap).
    expect(hl('javascript', "curl -X POST \\\n  -d '[{\n  \"a\": 1\n}]'\n")).toBe(
      norm(
        '<span class="nx">curl</span><span class="w"> </span><span class="o">-</span><span class="nx">X</span><span class="w"> </span><span class="nx">POST</span><span class="w"> </span><span class="o">\\</span>\n<span class="w">  </span><span class="o">-</span><span class="nx">d</span><span class="w"> </span><span class="s1">&#39;[{</span>\n<span class="s1">  &quot;a&quot;: 1</span>\n<span class="s1">}]&#39;</span>\n',
      ),
    );
    expect(hl('default', "curl -X PATCH -d '\n[{\"op\": \"add\"}]\n")).toBe(
      norm(
        '<span class="n">curl</span> <span class="o">-</span><span class="n">X</span> <span class="n">PATCH</span> <span class="o">-</span><span class="n">d</span> <span class="s1">&#39;</span>\n<span class="p">[{</span><span class="s2">&quot;op&quot;</span><span class="p">:</span> <span class="s2">&quot;add&quot;</span><span class="p">}]</span>\n',
      ),
    );
    expect(hl('javascript', 'var \\u0041b = 1;\n')).toBe(
      norm('<span class="kd">var</span><span class="w"> </span><span class="nx">\\u0041b</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mf">1</span><span class="p">;</span>\n'),
    );
  });
  it('default (python3): formatting fields in strings are si, a first-line #! is ch, a lone backslash is text (otc-ecs)', () => {
    expect(hl('default', '{"href": "https://{endpoint}/v2/%s", "x": "{{lit}} 100% {0}"}\n')).toBe(
      norm(
        '<span class="p">{</span><span class="s2">&quot;href&quot;</span><span class="p">:</span> <span class="s2">&quot;https://</span><span class="si">{endpoint}</span><span class="s2">/v2/</span><span class="si">%s</span><span class="s2">&quot;</span><span class="p">,</span> <span class="s2">&quot;x&quot;</span><span class="p">:</span> <span class="s2">&quot;{{lit}} 100% </span><span class="si">{0}</span><span class="s2">&quot;</span><span class="p">}</span>\n',
      ),
    );
    expect(hl('default', '#!/bin/bash\necho 111 > c:\\aaa.txt\n')).toBe(
      norm(
        '<span class="ch">#!/bin/bash</span>\n<span class="n">echo</span> <span class="mi">111</span> <span class="o">></span> <span class="n">c</span><span class="p">:</span>\\<span class="n">aaa</span><span class="o">.</span><span class="n">txt</span>\n',
      ),
    );
  });
  it('javascript numbers: octal 07 and 0o7 mo, BigInt mi, 09 a float (swift, keystone timestamps)', () => {
    expect(hl('javascript', '[07, 0o7, 10n, 0x1fn, 0b1n, 0, 00, 01.5, 09, 1e5, .5]\n')).toBe(norm('<span class="p">[</span><span class="mo">07</span><span class="p">,</span><span class="w"> </span><span class="mo">0o7</span><span class="p">,</span><span class="w"> </span><span class="mi">10n</span><span class="p">,</span><span class="w"> </span><span class="mh">0x1fn</span><span class="p">,</span><span class="w"> </span><span class="mb">0b1n</span><span class="p">,</span><span class="w"> </span><span class="mf">0</span><span class="p">,</span><span class="w"> </span><span class="mo">00</span><span class="p">,</span><span class="w"> </span><span class="mo">01</span><span class="mf">.5</span><span class="p">,</span><span class="w"> </span><span class="mf">09</span><span class="p">,</span><span class="w"> </span><span class="mf">1e5</span><span class="p">,</span><span class="w"> </span><span class="mf">.5</span><span class="p">]</span>\n'));
  });
  it('default (python3): builtins nb, self bp, exceptions ne, magic methods fm and attributes vm; not after a dot', () => {
    expect(hl('default', 'class A(Exception):\n    def __init__(self, x):\n        print(bytes(x).hex(), self.__class__, ValueError, x.id)\n')).toBe(
      norm('<span class="k">class</span> <span class="nc">A</span><span class="p">(</span><span class="ne">Exception</span><span class="p">):</span>\n    <span class="k">def</span> <span class="fm">__init__</span><span class="p">(</span><span class="bp">self</span><span class="p">,</span> <span class="n">x</span><span class="p">):</span>\n        <span class="nb">print</span><span class="p">(</span><span class="nb">bytes</span><span class="p">(</span><span class="n">x</span><span class="p">)</span><span class="o">.</span><span class="n">hex</span><span class="p">(),</span> <span class="bp">self</span><span class="o">.</span><span class="vm">__class__</span><span class="p">,</span> <span class="ne">ValueError</span><span class="p">,</span> <span class="n">x</span><span class="o">.</span><span class="n">id</span><span class="p">)</span>\n'),
    );
  });
  it('default (python3): import statements as Pygments lexes them (kn, nn for dotted modules, as k, commas o)', () => {
    expect(hl('default', 'import os.path as p, re\nfrom bs4 import BeautifulSoup\nraise X from None\n')).toBe(
      norm("<span class=\"kn\">import</span> <span class=\"nn\">os.path</span> <span class=\"k\">as</span> <span class=\"nn\">p</span><span class=\"o\">,</span> <span class=\"nn\">re</span>\n<span class=\"kn\">from</span> <span class=\"nn\">bs4</span> <span class=\"kn\">import</span> <span class=\"n\">BeautifulSoup</span>\n<span class=\"k\">raise</span> <span class=\"n\">X</span> <span class=\"kn\">from</span> <span class=\"bp\">None</span>\n"),
    );
  });
  it('console: prompt gp, command as bash, output go', () => {
    expect(hl('console', '$ openstack server list\n+----+\n')).toBe('<span class="gp">$ </span>openstack<span class="w"> </span>server<span class="w"> </span>list\n<span class="go">+----+</span>\n');
  });
  it('bash: builtins, assignments, variables inside strings', () => {
    expect(hl('bash', 'export OS_TOKEN=abc # comment\necho "${HOME} $X"\n')).toBe(
      '<span class="nb">export</span><span class="w"> </span><span class="nv">OS_TOKEN</span><span class="o">=</span>abc<span class="w"> </span><span class="c1"># comment</span>\n<span class="nb">echo</span><span class="w"> </span><span class="s2">"</span><span class="si">${</span><span class="nv">HOME</span><span class="si">}</span><span class="s2"> </span><span class="nv">$X</span><span class="s2">"</span>\n',
    );
  });
  it('http: request line and headers (as glance renders them)', () => {
    expect(hl('http', 'POST /v2/cache/clean HTTP/1.1\nHost: example.com\nX-Auth-Token: <token>\n')).toBe(
      '<span class="nf">POST</span> <span class="nn">/v2/cache/clean</span> <span class="kr">HTTP</span><span class="o">/</span><span class="m">1.1</span>\n<span class="na">Host</span><span class="o">:</span> <span class="l">example.com</span>\n<span class="na">X-Auth-Token</span><span class="o">:</span> <span class="l">&lt;token></span>\n',
    );
  });
  it('emphasized lines are wrapped whole, newline included, in span.hll', () => {
    expect(hl('json', '{\n  "a": 1\n}\n', [2])).toBe(
      '<span class="p">{</span>\n<span class="hll"><span class="w">  </span><span class="nt">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span>\n</span><span class="p">}</span>\n',
    );
  });
});

describe('text is always exactly the code', () => {
  const inputs = [
    '{"a": [1, 2}',
    '{\n  "unterminated: 1\n',
    '<a b="c">x &amp; <![CDATA[ y ]]></a',
    '$ echo "hi\nthere\n# root prompt\n> more',
    'GET /x HTTP/1.1\nContent-Type: application/json\n\n{"a": ',
    'def f(x):\n  return "\\x41" + r"\\d" + \'\'\'tri\nple\'\'\' ?? `back`',
    '\u00a0tabs\tand\r\nCRLF\u2028 unicode ✓ 😀',
    '',
  ];
  for (const lang of ['json', 'javascript', 'bash', 'console', 'xml', 'http', 'text', 'none', 'default', 'python', 'unknown-lang']) {
    it(`${lang}`, () => {
      for (const src of inputs) {
        const got = toHtml({ type: 'root', children: highlight(lang, src) });
        expect(preText(`<pre>${got}</pre>`)).toBe(src);
      }
    });
  }
});

describe('fallbacks and size', () => {
  it('renders invalid JSON as plain text, as Sphinx does when the lexer errors', () => {
    expect(hl('json', '{"a": nope}\n')).toBe('{"a": nope}\n');
  });
  it('default (python3): a symbol that is no identifier character (±, —) makes the block plain text, as Pygments errors', () => {
    expect(hl('default', 'CCYY-MM-DDThh:mm:ss±hh:mm\n')).toBe('CCYY-MM-DDThh:mm:ss±hh:mm\n');
    expect(hl('default', 'x — y\n')).toBe('x — y\n');
    // Letters outside ASCII are identifier characters: still highlighted.
    expect(hl('default', 'aµb = 1\n')).toContain('<span class="n">aµb</span>');
  });
  it('renders a code block with a trailing newline and the leading empty span', () => {
    const out = html([code('none', '<x>')]);
    expect(out).toBe('<div class="highlight-none notranslate"><div class="highlight"><pre tabindex="0"><span></span>&#x3C;x>\n</pre></div>\n</div>\n');
  });
  it('drops leading and trailing blank lines where Pygments strips them (json, bash), not for none and python', () => {
    expect(html([code('json', '\n{}\n\n\n')])).toContain('<pre tabindex="0"><span></span><span class="p">{}</span>\n</pre>');
    expect(html([code('none', '\nx\n\n')])).toContain('<pre tabindex="0"><span></span>\nx\n\n</pre>');
    expect(html([code('default', 'x\n\n')])).toMatch(/x<\/span>\n\n<\/pre>/);
  });
  it('takes a language named like an Object member (constructor, __proto__) for an unknown one: plain text, no crash', () => {
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(html([code(lang, 'a < b\n')])).toContain('<pre tabindex="0"><span></span>a &#x3C; b\n</pre>');
    }
  });
  it('is linear on huge inputs', () => {
    const item = '{"name": "x", "value": [1, 2.5, true, null], "s": "a\\"b"},\n';
    const small = item.repeat(1000);
    const big = item.repeat(10000);
    for (const lang of ['json', 'javascript', 'default', 'bash', 'xml']) {
      const t0 = performance.now();
      highlight(lang, small);
      const t1 = performance.now();
      const children = highlight(lang, big);
      const t2 = performance.now();
      expect(children.length).toBeGreaterThan(0);
      // 10x the input must not take much more than 10x the time (generous for JIT warm-up and noise).
      expect(t2 - t1).toBeLessThan(Math.max(200, (t1 - t0) * 40));
    }
    // Pathological inputs for the string and comment scanners.
    for (const src of ['"'.repeat(200000), '\\'.repeat(200001), '/*'.repeat(100000), '<'.repeat(100000), '$'.repeat(100000)]) {
      const t0 = performance.now();
      for (const lang of ['json', 'javascript', 'default', 'bash', 'xml', 'console', 'http']) highlight(lang, src);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  }, 60000);
});
