package read

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// oleFixture builds a compound file of 512-byte sectors whose directory
// holds the named streams. A WordDocument stream is 4096 bytes that open
// with a Word 97 FIB carrying flags (0x0100: encrypted).
func oleFixture(t testing.TB, streams []string, fibFlags uint16) []byte {
	t.Helper()
	if len(streams) > 3 {
		t.Fatal("one directory sector holds the root and three streams")
	}
	const sector = 512
	le := binary.LittleEndian
	data := make([]byte, sector*(1+2+8)) // header, FAT, directory, 8 data sectors
	copy(data, oleSignature)
	le.PutUint16(data[0x18:], 0x3E)
	le.PutUint16(data[0x1A:], 3)
	le.PutUint16(data[0x1C:], 0xFFFE)
	le.PutUint16(data[0x1E:], 9)
	le.PutUint16(data[0x20:], 6)
	le.PutUint32(data[0x2C:], 1)             // one FAT sector
	le.PutUint32(data[0x30:], 1)             // the directory at sector 1
	le.PutUint32(data[0x38:], 4096)          // mini stream cutoff
	le.PutUint32(data[0x3C:], oleEndOfChain) // no mini FAT
	le.PutUint32(data[0x44:], oleEndOfChain) // no DIFAT sectors
	for i := 0; i < oleHeaderFAT; i++ {
		le.PutUint32(data[0x4C+4*i:], oleFree)
	}
	le.PutUint32(data[0x4C:], 0) // the FAT at sector 0
	fat := data[sector : 2*sector]
	for i := 0; i < sector/4; i++ {
		le.PutUint32(fat[4*i:], oleFree)
	}
	le.PutUint32(fat[0:], 0xFFFFFFFD) // a FAT sector
	le.PutUint32(fat[4:], oleEndOfChain)
	for s := 2; s < 9; s++ {
		le.PutUint32(fat[4*s:], uint32(s+1))
	}
	le.PutUint32(fat[4*9:], oleEndOfChain)
	dir := data[2*sector : 3*sector]
	entry := func(i int, name string, kind byte, start uint32, size uint64) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le.PutUint16(e[2*k:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66] = kind
		le.PutUint32(e[116:], start)
		le.PutUint64(e[120:], size)
	}
	entry(0, "Root Entry", 5, oleEndOfChain, 0)
	for i, name := range streams {
		if name == "WordDocument" {
			entry(i+1, name, 2, 2, 4096)
			fib := data[3*sector:]
			le.PutUint16(fib, 0xA5EC)
			le.PutUint16(fib[2:], 0xC1)
			le.PutUint16(fib[0x0A:], fibFlags)
			continue
		}
		entry(i+1, name, 2, oleEndOfChain, 0)
	}
	return data
}

// docTestFile reads a file of testdata/doc.
func docTestFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "doc", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDOCSniff(t *testing.T) {
	damaged := append([]byte{}, oleFixture(t, []string{"WordDocument"}, 0)...)
	binary.LittleEndian.PutUint32(damaged[0x30:], 5000) // the directory past the end
	cases := []struct {
		name string
		data []byte
		want bool
	}{
		{"a LibreOffice .doc", docTestFile(t, "daye-2025-06-road-names.doc"), true},
		{"a Word stream", oleFixture(t, []string{"WordDocument", "1Table"}, 0), true},
		{"an encrypted Office file", oleFixture(t, []string{"EncryptionInfo", "EncryptedPackage"}, 0), true},
		{"a damaged directory", damaged, true},
		{"an .xls", oleFixture(t, []string{"Workbook"}, 0), false},
		{"a .ppt", oleFixture(t, []string{"PowerPoint Document", "Current User"}, 0), false},
		{"a .docx", docxTestFile(t, "beijing-star-rated-care-notice.docx"), false},
		{"text", []byte("关于做好救助工作的通知"), false},
		{"empty", nil, false},
	}
	for _, c := range cases {
		if got := (docReader{}).Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDOCRefusals covers what is refused before antiword runs, so it
// needs no antiword.
func TestDOCRefusals(t *testing.T) {
	damaged := oleFixture(t, []string{"WordDocument"}, 0)[:600]
	cases := []struct {
		name string
		data []byte
		want error
		say  string
	}{
		{"encrypted Office file", oleFixture(t, []string{"EncryptionInfo", "EncryptedPackage"}, 0), ErrEncrypted, "password"},
		{"encrypted Word file", oleFixture(t, []string{"WordDocument", "1Table"}, 0x0100), ErrEncrypted, "password"},
		{"an .xls", oleFixture(t, []string{"Workbook"}, 0), ErrBroken, "no WordDocument"},
		{"a cut compound file", damaged, ErrBroken, "compound file"},
		{"no compound file", []byte("not OLE"), ErrBroken, "compound file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := docReader{}.Read(context.Background(), c.data, DefaultLimits)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.say) {
				t.Errorf("got %v, want %v saying %q", err, c.want, c.say)
			}
		})
	}
}

func TestDOCRebuildForAntiword(t *testing.T) {
	short := docTestFile(t, "libreoffice-short-notice.doc")
	f, err := oleOpen(short)
	if err != nil {
		t.Fatal(err)
	}
	word, _ := f.stream("WordDocument")
	before, err := f.read(word, int64(len(short)))
	if err != nil || word.size >= oleMiniCutoff {
		t.Fatalf("the fixture's WordDocument: %d bytes, %v", word.size, err)
	}
	rebuilt, err := f.forAntiword(DefaultLimits.Inflated)
	if err != nil {
		t.Fatal(err)
	}
	g, err := oleOpen(rebuilt)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.dir {
		if e.kind != 2 {
			continue
		}
		want, err := f.read(e, int64(len(short)))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := g.stream(e.name)
		if !ok || got.size < oleMiniCutoff {
			t.Fatalf("stream %q: %+v, want it in the file's own sectors", e.name, got)
		}
		b, err := g.read(got, int64(len(rebuilt)))
		if err != nil || string(b[:len(want)]) != string(want) || strings.Trim(string(b[len(want):]), "\x00") != "" {
			t.Errorf("stream %q changed (%v)", e.name, err)
		}
	}
	if len(before) == 0 {
		t.Error("nothing read from the mini stream")
	}
	// A file whose WordDocument is large enough is left as it is.
	long := docTestFile(t, "daye-2025-06-road-names.doc")
	if f, err := oleOpen(long); err != nil {
		t.Fatal(err)
	} else if same, err := f.forAntiword(DefaultLimits.Inflated); err != nil || &same[0] != &long[0] {
		t.Errorf("a large enough file rewritten (%v)", err)
	}
	// The rebuilt file is bounded by the limit.
	if _, err := f.forAntiword(int64(len(short))); !errors.Is(err, ErrLimit) {
		t.Errorf("rebuilt past the limit: got %v, want ErrLimit", err)
	}
}

func TestDOCNeedsAntiword(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := docReader{}.Read(context.Background(), docTestFile(t, "daye-2025-06-road-names.doc"), DefaultLimits)
	if !errors.Is(err, ErrNeedsProgram) {
		t.Fatalf("got %v, want ErrNeedsProgram", err)
	}
	for _, say := range []string{"antiword", "apt-get install antiword", "brew install antiword", ".docx"} {
		if !strings.Contains(err.Error(), say) {
			t.Errorf("%q does not say %q", err, say)
		}
	}
}

// docNeedsAntiword skips a test where antiword is not installed.
func docNeedsAntiword(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath(docProgram); err != nil {
		t.Skip("antiword is not installed (apt-get install antiword)")
	}
}

func TestDOCAntiword(t *testing.T) {
	docNeedsAntiword(t)
	cases := []struct {
		file      string
		lines     []string
		forbidden []string
	}{
		{"daye-2025-06-road-names.doc", []string{"# 大冶市部分乡镇乡村道路命名公示"}, []string{"<", "1600-12-31"}},
		{"libreoffice-merged-table.doc", []string{
			"# 某市民政局关于做好救助工作的通知",
			"为做好社会救助工作，现通知如下：",
			"## 一、总体要求",
			"单位\t低保\t\t备注",
			"\t户数\t人数\t",
			"城关镇\t120\t305\t含城乡低保对象和特困供养人员以及其他需要临时救助的困难群众家庭",
			"东关街道\t98\t210\t第一段 第二段",
			"第一项", "2024年3月1日",
		}, []string{"脚注", "[1]", "|"}},
		{"libreoffice-short-notice.doc", []string{"短通知。"}, nil},
		{"libreoffice-tab-rows.doc", []string{"救助情况", "单位\t户数\t人数", "城关镇\t120\t305", "东关街道\t\t210"}, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data := docTestFile(t, c.file)
			if r := Detect(data); r == nil || r.Format() != DOC {
				t.Fatalf("Detect = %v, want the doc reader", r)
			}
			res, err := docReader{}.Read(context.Background(), data, DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if res.Format != DOC || res.Encoding != "utf-8" || res.Pages != 0 {
				t.Errorf("result %+v", res)
			}
			have := map[string]bool{}
			for _, l := range strings.Split(res.Text, "\n") {
				have[l] = true
			}
			for _, l := range c.lines {
				if !have[l] {
					t.Errorf("no line %q in\n%s", l, res.Text)
				}
			}
			for _, s := range c.forbidden {
				if strings.Contains(res.Text, s) {
					t.Errorf("%q in the text", s)
				}
			}
		})
	}
}

func TestDOCAntiwordFailures(t *testing.T) {
	docNeedsAntiword(t)
	real := docTestFile(t, "daye-2025-06-road-names.doc")
	// A compound file with a Word stream but no document in it: antiword's
	// own complaint is the reason given.
	_, err := docReader{}.Read(context.Background(), oleFixture(t, []string{"WordDocument"}, 0), DefaultLimits)
	if !errors.Is(err, ErrBroken) || !strings.Contains(err.Error(), "antiword") {
		t.Errorf("an empty Word stream: got %v, want antiword's failure", err)
	}
	_, err = docReader{}.Read(context.Background(), real, Limits{Inflated: 100, Time: time.Minute})
	if !errors.Is(err, ErrLimit) {
		t.Errorf("output over the limit: got %v, want ErrLimit", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = docReader{}.Read(ctx, real, DefaultLimits)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
}

func TestDOCDocBook(t *testing.T) {
	head := `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.1.2//EN" "http://www.oasis-open.org/docbook/xml/4.1.2/docbookx.dtd">
<book lang='zh_CN'>
<title>文件属性里的标题</title>
 <bookinfo><title>文件属性里的标题</title><date>2026-12-01</date></bookinfo>
`
	group := func(widths []string, rows ...string) string {
		s := "<tgroup cols='" + string(rune('0'+len(widths))) + "'>"
		for _, w := range widths {
			s += "<colspec colwidth='" + w + "'/>"
		}
		s += "<tbody>"
		for _, r := range rows {
			s += "<row>"
			for _, c := range strings.Split(r, "|") {
				s += "<entry>\n" + c + "\n</entry>"
			}
			s += "</row>"
		}
		return s + "</tbody></tgroup>"
	}
	cases := []struct {
		name, body, want string
	}{
		{"paragraphs and headings",
			"<chapter><title><emphasis role='bold'>关于做好救助工作的通知</emphasis></title>\n<para>\n各县民政局：\n  </para><sect1><title>一、总体要求</title><para>\n正文<emphasis>强调</emphasis>。\n</para></sect1></chapter>",
			"# 关于做好救助工作的通知\n各县民政局：\n## 一、总体要求\n正文强调。"},
		{"an untitled chapter", "<chapter><title/><para>\n正文\n</para></chapter>", "正文"},
		{"footnotes are no body text", "<chapter><para>\n正文<footnote><para>脚注</para></footnote>。\n</para></chapter>", "正文。"},
		{"a paragraph's lines", "<chapter><para>\n第一行\n第二行\n</para></chapter>", "第一行\n第二行"},
		{"lists", "<chapter><orderedlist numeration='arabic'><listitem><para>\n第一项\n</para></listitem><listitem><para>\n第二项\n</para></listitem></orderedlist></chapter>", "第一项\n第二项"},
		{"control characters", "<chapter><para>\n正\x07文\x0b\n</para></chapter>", "正 文"},
		{"a table laid on its grid",
			"<chapter><para>\n表前\n<informaltable>" +
				group([]string{"120.45pt", "240.95pt", "120.50pt"}, "单位|低保|备注") +
				group([]string{"120.45pt", "120.45pt", "120.50pt", "120.50pt"}, "|户数|人数|", "城关镇|120|305|第一段\n第二段") +
				"</informaltable></para></chapter>",
			"表前\n单位\t低保\t\t备注\n\t户数\t人数\t\n城关镇\t120\t305\t第一段 第二段"},
		{"a caption row across the table",
			"<chapter><informaltable>" + group([]string{"300pt"}, "救助情况统计表") + group([]string{"150pt", "150pt"}, "街道|户数") + "</informaltable></chapter>",
			"救助情况统计表\n街道\t户数"},
		{"rows whose widths are unknown",
			"<chapter><informaltable>" + group([]string{"x", "y"}, "街道|户数") + "</informaltable></chapter>",
			"街道\t户数"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := docbookText(context.Background(), []byte(head+c.body+"\n</book>\n"), DefaultLimits, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	// Rows typed with TABs take them back from antiword's plain text.
	plain := "\n救助情况\n\n单位\t户数\t人数\n\n东关街道\t\t210\n\n\t合计\t5\t\n\n1 一、总体要求\n"
	body := "<chapter><para>\n救助情况\n</para><para>\n单位 户数 人数\n</para><para>\n东关街道  210\n</para><para>\n 合计 5 \n</para><para>\n单位 户数\n</para><sect1><title>一、总体要求</title></sect1></chapter>"
	got, err := docbookText(context.Background(), []byte(head+body+"</book>"), DefaultLimits, newDocTabs([]byte(plain)))
	if want := "救助情况\n单位\t户数\t人数\n东关街道\t\t210\n\t合计\t5\t\n单位 户数\n## 一、总体要求"; err != nil || got != want {
		t.Errorf("TABs back: got %q, %v; want %q", got, err, want)
	}
	if _, err := docbookText(context.Background(), []byte(head+"<chapter><para>正文"), DefaultLimits, nil); !errors.Is(err, ErrBroken) {
		t.Errorf("cut DocBook: got %v, want ErrBroken", err)
	}
	deep := head + strings.Repeat("<para>", 100) + strings.Repeat("</para>", 100) + "</book>"
	if _, err := docbookText(context.Background(), []byte(deep), Limits{Depth: 50, Inflated: 1 << 20}, nil); !errors.Is(err, ErrLimit) {
		t.Errorf("deep DocBook: got %v, want ErrLimit", err)
	}
}

func TestDOCPlainText(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"paragraphs without the blank lines between", "\n\n某市民政局\n\n\n各县民政局：\n\n", "某市民政局\n各县民政局："},
		{"table rows", "|单位    |户数    |\n|城关镇  |120     |\n", "单位\t户数\n城关镇\t120"},
		{"a cell cut at its column's width", "|城关镇  |含城乡低保|\n|        |对象      |\n", "城关镇\t含城乡低保对象"},
		{"a cell split inside a character", "|甲  |\xe5\x90|\n|    |\xab  |\n", "甲\t含"},
		{"a row that does not go on", "|甲  |1   |\n|    |2   |\n", "甲\t1\n\t2"},
		{"a table then text", "|甲  |1   |\n正文\n", "甲\t1\n正文"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := docPlainText([]byte(c.in), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func FuzzDOC(f *testing.F) {
	f.Add(docTestFile(f, "daye-2025-06-road-names.doc"))
	f.Add(docTestFile(f, "libreoffice-merged-table.doc"))
	f.Add(docTestFile(f, "libreoffice-short-notice.doc"))
	f.Add(oleFixture(f, []string{"WordDocument", "1Table"}, 0x0100))
	f.Add(oleFixture(f, []string{"EncryptionInfo", "EncryptedPackage"}, 0))
	f.Add([]byte("<book><chapter><title>标题</title><para>正文</para><informaltable><tgroup><colspec colwidth='1pt'/><tbody><row><entry>甲</entry></row></tbody></tgroup></informaltable></chapter></book>"))
	f.Add([]byte("|甲 |乙|\n|  |丙 |\n"))
	lim := Limits{Inflated: 1 << 20, Depth: 64, Time: time.Second}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The compound file's directory, read by hand, and what antiword
		// prints, as the reader takes them; no program is run.
		(docReader{}).Sniff(data)
		if o, err := oleOpen(data); err == nil {
			o.wordEncrypted()
			// A file written anew for antiword is a compound file again.
			if rebuilt, err := o.forAntiword(lim.Inflated); err == nil && len(rebuilt) != len(data) {
				if _, err := oleOpen(rebuilt); err != nil {
					t.Fatalf("rebuilt file unreadable: %v", err)
				}
			}
		}
		if _, err := docbookText(context.Background(), data, lim, newDocTabs(data)); err != nil && !errors.Is(err, ErrBroken) && !errors.Is(err, ErrLimit) {
			t.Fatalf("DocBook: an error of no kind: %v", err)
		}
		if _, err := docPlainText(data, lim); err != nil && !errors.Is(err, ErrLimit) {
			t.Fatalf("text: %v", err)
		}
	})
}
