#!/usr/bin/env python3
# Generates strconv_cases.json from real Go 1.23 (run: python3 testdata/std/gen_strconv.py):
# FormatFloat over values × formats × precisions × bit sizes, ParseFloat (result bits and error),
# Quote family and Unquote. Values travel as float64 bit patterns (hex) so nothing is rounded.
import json, subprocess, tempfile, os, struct, random

random.seed(7)
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 3.5, 1.25, 1.35, 2.675, 1e6, 1e-5, 1e-4, 123456.789,
        1e21, 1e22, 1e23, 9.999999e22, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
        2.718281828459045, 1/3, 2/3, 100.0, 1234567.0, 0.000001234, 4.35, 0.045, 1.005, 8.5, 9.5, 0.125, 123.456e-300,
        float('inf'), float('-inf'), float('nan')]
for _ in range(60):
    e = random.randint(-30, 30)
    vals.append(random.uniform(-1, 1) * 10 ** e)
for _ in range(20):
    vals.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
fmts = ['e', 'E', 'f', 'g', 'G', 'b', 'x', 'X']
precs = [-1, 0, 1, 2, 3, 5, 6, 10, 17, 20]

def bits(v):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]

fcases = []
for v in vals:
    for f in fmts:
        for p in precs:
            for bs in (64, 32):
                if bs == 32 and (p not in (-1, 3) or f in ('b',)):
                    continue
                fcases.append({'bits': bits(v), 'fmt': f, 'prec': p, 'bitSize': bs})

pstrs = ['0', '1', '-1', '+1', '1.5', '.5', '5.', '1e10', '1E-10', '1e400', '-1e400', '1e-400', 'inf', '-Inf', '+INF',
         'infinity', 'NaN', 'nan', '-nan', '0x1p-2', '0x1.8p1', '0X1P+3', '0x1', '1_000.5', '1__0', '_1', '1e', '1e+',
         'abc', '', '.', '-', '1.2.3', '123456789012345678901234567890', '0.1', '2.2250738585072011e-308',
         '4.9e-324', '2e-324', '1.7976931348623159e308', '3.4028235e38', '3.5e38', '1e-46', '0x1.fffffffffffffp1023',
         '1_2_3', '0x_1p0', '0.000000000000000000000000000000000000000000001', '179769313486231580793728971405301e276']
pcases = [{'s': s, 'bitSize': bs} for s in pstrs for bs in (64, 32)]

qstrs = ['hello', '', 'a"b', "a'b", 'tab\there', 'nl\n', '\x00\x07\x7f', '☺ smile', '\u00e9', '\U0001F600',
         'bad\xffbyte', '\u2028sep', '\u200b', '\\back']
ustrs = ['"hello"', '"a\\nb"', "'a'", "'ab'", '`raw\\n`', '"\\x41\\101\\u00e9\\U0001F600"', '"unterminated', '"bad\\q"',
         "'\\''", '"\\\'"', "'\\\"'", '"\\"', '"', '""', "''", '`a\rb`', '"a\nb"', "'☺'", '"\\xff"', "'\\400'", '"\\377"']

def gostr(s):
    out = '"'
    for ch in s:
        c = ord(ch)
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif c < 32 or c == 127: out += '\\x%02x' % c
        elif c == 0xff and 'bad' in s: out += '\\xff'
        elif c < 128: out += ch
        elif c < 0x10000: out += '\\u%04x' % c
        else: out += '\\U%08x' % c
    return out + '"'

prog = ['package main', 'import ("encoding/json"; "math"; "os"; "strconv")',
        'func main() {', 'var out []string']
for c in fcases:
    prog.append('out = append(out, strconv.FormatFloat(math.Float64frombits(0x%s), %s, %d, %d))' % (c['bits'], repr(c['fmt']).replace("'", "'"), c['prec'], c['bitSize']))
for c in pcases:
    prog.append('{ f, err := strconv.ParseFloat(%s, %d); s := ""; if err != nil { s = err.Error() }; out = append(out, strconv.FormatUint(math.Float64bits(f), 16) + "|" + s) }' % (gostr(c['s']), c['bitSize']))
for s in qstrs:
    prog.append('out = append(out, strconv.Quote(%s) + "|" + strconv.QuoteToASCII(%s) + "|" + strconv.QuoteToGraphic(%s))' % (gostr(s), gostr(s), gostr(s)))
for r in [0x41, 0x27, 0x22, 0x0a, 0x263a, 0x1F600, 0xD800, 0x110000, 0x7f, 0xff]:
    prog.append('out = append(out, strconv.QuoteRune(%d) + "|" + strconv.QuoteRuneToASCII(%d))' % (r, r))
for s in ustrs:
    prog.append('{ u, err := strconv.Unquote(%s); s := ""; if err != nil { s = err.Error() }; out = append(out, strconv.Quote(u) + "|" + s) }' % gostr(s))
prog.append('b, _ := json.Marshal(out); os.Stdout.Write(b) }')
d = tempfile.mkdtemp()
open(os.path.join(d, 'main.go'), 'w').write('\n'.join(prog))
r = subprocess.run(['/usr/lib/go-1.23/bin/go', 'run', 'main.go'], cwd=d, capture_output=True, text=True)
if r.returncode != 0:
    print(r.stderr[:3000]); raise SystemExit(1)
outs = json.loads(r.stdout)
i = 0
for c in fcases:
    c['want'] = outs[i]; i += 1
for c in pcases:
    c['want'] = outs[i]; i += 1
qcases = []
for s in qstrs:
    qcases.append({'s': s, 'want': outs[i]}); i += 1
rcases = []
for r_ in [0x41, 0x27, 0x22, 0x0a, 0x263a, 0x1F600, 0xD800, 0x110000, 0x7f, 0xff]:
    rcases.append({'r': r_, 'want': outs[i]}); i += 1
ucases = []
for s in ustrs:
    ucases.append({'s': s, 'want': outs[i]}); i += 1
here = os.path.dirname(os.path.abspath(__file__))
json.dump({'format': fcases, 'parse': pcases, 'quote': qcases, 'quoteRune': rcases, 'unquote': ucases},
          open(os.path.join(here, 'strconv_cases.json'), 'w'), indent=0, ensure_ascii=False)
print(len(fcases), len(pcases), len(qcases), len(rcases), len(ucases))
