package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// cuedExprs is every expression searched only around its cues.
var cuedExprs = []struct {
	name string
	expr cuedExpr
}{
	{"docNumbers", docNumbers},
	{"emailAddresses", emailAddresses},
	{"webAddresses", webAddresses},
	{"phoneShapes", phoneShapes},
	{"clockTimes", clockTimes},
	{"phoneNumbers", phoneNumbers},
	{"serviceNumbers", serviceNumbers},
}

// cuedTexts are texts where a search cut in the wrong place would find
// other matches than the whole text's: matches next to each other, across
// punctuation, a cue far from where its match starts, runs longer than
// any match, invalid UTF-8 next to the characters of a match.
var cuedTexts = []string{
	"",
	"平民〔2021〕54号，南民〔2022〕3号。",
	"〔2021〕54号〔2022〕1号（2020）12号[2019]7号［2018］8号【2017】9号(2016)10号",
	"〔2021〕号 〔2021〕54 〔21〕5号 〔3021〕5号 1号号〔2021〕〔2022〕5号 〔〔2021〕5号号",
	"〔2021）5号，(2021〕5号",
	"邮箱：nymzj@163.com；备用a.b-c_d%e+f@x-y.z.com.cn，x@y@z.com，@@a@b.cn@",
	"2262564371@qq.com 联系电话0377-63135678",
	"a@b.c a@.cn @cn.com 邮箱为张三@163.com",
	"网址：http://mzj.nanyang.gov.cn/a/b.html，欢迎访问 www.gov.cn。",
	"https://a.b/c\thttp://d\nwww.e.f\fwwww.g\rhttp:/x :// www. http://",
	"见http://a.b/中文也算，下一行\vhttps://c.d",
	"电话：0377-63135678，13803771234。传真0375－4976695转8012",
	"0375—4976695-123 021-12345678-123456 12345678转 1234567转12345678转1",
	"123456789012345678901234567890 0123456789012 1391234567812",
	"0375-\n4976695 0375 4976695 0375--4976695 -1234567- 转1234567转",
	"上午9:30，14：00至16：00，1:2:3，123:456:789，10:30:45:12，12:3，比例为3：1",
	"9：30：45：：12 ::12:34:: 1:23:4 ：12：",
	"热线12345，96156，12349；1234519999 912345 19999999 1111 1",
	"\xe412345678 \xff〔2021〕5号 号\xe5\x8f 〔2021〕5\xe5\x8f\xb7 \xe5\x8f\xb71号",
	"http://a\xffb\xe4 www.\x80\x80 a@b\xe4.cn 123\xe4\xb8\xad4567 12:\xe434",
	"0375-49\x80766951 1380377\xe51234 1\xa0234567",
}

// cuedSamples are cuedTexts and the documents of the corpus.
func cuedSamples(t testing.TB) []string {
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	out := slices.Clone(cuedTexts)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// sameAsWholeText reports where findAll and a search of the whole text
// part.
func sameAsWholeText(t *testing.T, name string, e cuedExpr, s string) {
	t.Helper()
	var want [][2]int
	for _, m := range e.re.FindAllStringIndex(s, -1) {
		want = append(want, [2]int{m[0], m[1]})
	}
	if got := e.findAll(s); !slices.Equal(got, want) {
		t.Errorf("%s.findAll(%q)\n got %v\nwant %v", name, s, got, want)
	}
}

func TestCuedExprSameAsWholeText(t *testing.T) {
	found := map[string]int{}
	for _, s := range cuedSamples(t) {
		for _, x := range cuedExprs {
			sameAsWholeText(t, x.name, x.expr, s)
			found[x.name] += len(x.expr.re.FindAllStringIndex(s, -1))
		}
	}
	for _, x := range cuedExprs {
		if found[x.name] == 0 {
			t.Errorf("%s matches nothing in the samples: the test checks nothing", x.name)
		}
	}
}

// cuedAlphabet is what a fuzzed text is spelled in besides its own bytes:
// the characters of the expressions' matches, what ends a stretch, and
// broken UTF-8.
var cuedAlphabet = []string{
	"0", "1", "2", "3", "7", "9", "-", "－", "—", "转", ":", "：", "号",
	"〔", "〕", "[", "]", "［", "］", "(", ")", "（", "）", "【", "】",
	"@", ".", "_", "%", "+", "a", "c", "n", "h", "t", "p", "s", "w", "/", "://", "www.",
	" ", "\t", "\n", "\v", "\f", "\r", "，", "。", "中", "\xe4", "\x80", "\xff", "\xe5\x8f",
}

// FuzzCuedExprSameAsWholeText checks that every cued expression finds what
// its search of the whole text finds, on the fuzzed bytes and on the text
// they spell in cuedAlphabet.
func FuzzCuedExprSameAsWholeText(f *testing.F) {
	for _, s := range cuedTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var spelt strings.Builder
		for i := 0; i < len(s); i++ {
			spelt.WriteString(cuedAlphabet[int(s[i])%len(cuedAlphabet)])
		}
		for _, x := range cuedExprs {
			sameAsWholeText(t, x.name, x.expr, s)
			sameAsWholeText(t, x.name, x.expr, spelt.String())
		}
	})
}

// BenchmarkCuedExprs times each expression over the corpus as one text,
// searched whole and around its cues.
func BenchmarkCuedExprs(b *testing.B) {
	s := strings.Join(cuedSamples(b), "\n")
	for _, x := range cuedExprs {
		b.Run("whole/"+x.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				x.expr.re.FindAllStringIndex(s, -1)
			}
		})
		b.Run("cued/"+x.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				x.expr.findAll(s)
			}
		})
	}
}

// runeSets are the sets searched with runeSet.index, and sets that mix
// ASCII, the brackets' first byte (EF) and Han.
var runeSets = []string{"（(", "）)\n（(", "、。中", "\xe4", "a\uFFFD"}

// TestRuneSetSameAsIndexAny checks runeSet.index against strings.IndexAny:
// from every offset of the short samples (broken UTF-8 among them), and
// from each find on in the corpus documents, as a search goes.
func TestRuneSetSameAsIndexAny(t *testing.T) {
	short := append(slices.Clone(cuedTexts), "（\xef\xbc(）", "\xef\xbc\x88", "\xef(", "中\xef\xbc")
	found := 0
	for _, chars := range runeSets {
		set := newRuneSet(chars)
		same := func(s string) int {
			got, want := set.index(s), strings.IndexAny(s, chars)
			if got != want {
				t.Fatalf("newRuneSet(%q).index(%q) = %d, strings.IndexAny gives %d", chars, s, got, want)
			}
			return want
		}
		for _, s := range short {
			for i := range len(s) + 1 {
				same(s[i:])
			}
		}
		for _, s := range cuedSamples(t)[len(cuedTexts):] {
			for i := 0; i <= len(s); {
				k := same(s[i:])
				if k < 0 {
					break
				}
				found++
				i += k + 1
			}
		}
	}
	if found == 0 {
		t.Error("no set is found in the corpus: the test checks nothing")
	}
}
