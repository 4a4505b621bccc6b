package main

import (
	"bufio"
	"debug/buildinfo"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden parts of the test scripts")

// binDir holds the bulletin binary built for the scripts: they run the real
// command, as a user would.
var binDir string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "bulletin-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// -buildvcs=auto: the revision is recorded in a checkout (where
	// GOFLAGS may say false), as a user's go build records it; a tree
	// without VCS still builds.
	build := exec.Command("go", "build", "-buildvcs=auto", "-o", filepath.Join(dir, "bulletin"), ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building bulletin:", err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScripts runs testdata/script/*.txtar against the built binary.
func TestScripts(t *testing.T) {
	corpus, err := filepath.Abs("../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	encodings, err := filepath.Abs("../../testdata/encodings")
	if err != nil {
		t.Fatal(err)
	}
	formats, err := filepath.Abs("../../testdata/formats")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("PATH", binDir+string(os.PathListSeparator)+env.Getenv("PATH"))
			env.Setenv("CORPUS", corpus)
			env.Setenv("ENCODINGS", encodings)
			env.Setenv("FORMATS", formats)
			env.Setenv("BINDIR", binDir)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond != "vcs" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			return builtFromVCS(filepath.Join(binDir, "bulletin"))
		},
	})
}

// builtFromVCS is the [vcs] condition of the scripts: the binary records
// the revision it was built from.
func builtFromVCS(bin string) (bool, error) {
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		return false, err
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			return true, nil
		}
	}
	return false, nil
}

// TestInterruptLeavesNoOutput stops a long run with Ctrl-C (SIGINT): the
// output file must not exist, half-written or under a temporary name.
func TestInterruptLeavesNoOutput(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/corpus/yunfu-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for i := 0; i < 300; i++ {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("%03d.txt", i)), src, 0o644)
	}
	out := filepath.Join(dir, "out.jsonl")
	cmd := exec.Command(filepath.Join(binDir, "bulletin"), "parse", "--jobs", "1", "--format", "jsonl", "-o", out, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("exit %v, want status %d", err, exitInterrupted)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output file exists after an interrupt: %v", err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestStandaloneBinary builds bulletin with -trimpath, copies it away from
// the source tree and runs it where no Go module cache, GOPATH or user
// cache can be read: the dictionaries it needs are inside it. Its record of
// a corpus file must be the golden one.
func TestStandaloneBinary(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bulletin")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(dir, "elsewhere")
	os.MkdirAll(work, 0o755)
	src, err := os.ReadFile("../../testdata/corpus/pingdingshan-2021-54.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(work, "testdata", "corpus"), 0o755)
	os.WriteFile(filepath.Join(work, "testdata", "corpus", "pingdingshan-2021-54.txt"), src, 0o644)
	nowhere := filepath.Join(dir, "nowhere") // never created
	cmd := exec.Command(bin, "parse", "--format", "json", "testdata/corpus/pingdingshan-2021-54.txt")
	cmd.Dir = work
	cmd.Env = []string{"HOME=" + nowhere, "XDG_CACHE_HOME=" + nowhere, "GOPATH=" + nowhere,
		"GOMODCACHE=" + nowhere, "GOROOT=" + nowhere, "TMPDIR=" + dir, "PATH=/usr/bin:/bin"}
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("the copied binary failed: %v", err)
	}
	want, err := os.ReadFile("../../testdata/golden/pingdingshan-2021-54.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the copied binary's record differs from the golden one")
	}

	// A PDF too, with no PDF program on the PATH and no PDFium cache: the
	// engine is inside the binary, compiled on first use.
	pdf, err := os.ReadFile("../../testdata/formats/nanyang-2025-work-conference.pdf")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(work, "testdata", "formats"), 0o755)
	os.WriteFile(filepath.Join(work, "testdata", "formats", "nanyang-2025-work-conference.pdf"), pdf, 0o644)
	cmd = exec.Command(bin, "parse", "--format", "json", "testdata/formats/nanyang-2025-work-conference.pdf")
	cmd.Dir = work
	cmd.Env = []string{"HOME=" + nowhere, "XDG_CACHE_HOME=" + nowhere, "TMPDIR=" + dir, "PATH=" + filepath.Join(dir, "empty")}
	got, err = cmd.Output()
	if err != nil {
		t.Fatalf("the copied binary failed on a PDF: %v", err)
	}
	want, err = os.ReadFile("../../testdata/golden/formats/nanyang-2025-work-conference.pdf.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the copied binary's record of a PDF differs from the golden one")
	}
}

// TestHelpLoadsNoDictionary checks that commands which parse nothing do not
// load (or write) the segmenter's dictionaries.
func TestHelpLoadsNoDictionary(t *testing.T) {
	cache := t.TempDir()
	for _, args := range [][]string{{"--help"}, {"schema"}, {"version"}, {"parse", "--help"}} {
		cmd := exec.Command(filepath.Join(binDir, "bulletin"), args...)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache, "HOME="+cache)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("bulletin %v: %v\n%s", args, err, out)
		}
	}
	if entries, _ := os.ReadDir(cache); len(entries) > 0 {
		t.Errorf("help and schema touched the dictionary cache: %v", entries)
	}
	// Parsing does write it: the check above can fail.
	cmd := exec.Command(filepath.Join(binDir, "bulletin"), "parse", "../../testdata/corpus/yunfu-2022-01.txt")
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache, "HOME="+cache)
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(filepath.Join(cache, "bulletin")); len(entries) == 0 {
		t.Errorf("parse wrote no dictionary to the cache")
	}
}

// stopWith starts bulletin with args and stdin, sends sig after it has
// started, and returns its exit status; it fails the test if the process
// does not end within a few seconds of the signal.
func stopWith(t *testing.T, sig os.Signal, stdin io.Reader, args ...string) int {
	t.Helper()
	cmd := exec.Command(filepath.Join(binDir, "bulletin"), args...)
	cmd.Stdin = stdin
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(sig)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err == nil {
			return 0
		}
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		return ee.ExitCode()
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("bulletin %v still running 10 s after %v", args, sig)
	}
	return -1
}

// TestTerminateExitStatus: SIGTERM ends a run with 143 (128 + 15), as a
// shell reports a process it ended, and keeps no partial output.
func TestTerminateExitStatus(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/corpus/yunfu-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 300; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), src, 0o644)
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	if code := stopWith(t, syscall.SIGTERM, nil, "parse", "--jobs", "1", "--format", "jsonl", "-o", out, dir); code != 143 {
		t.Errorf("exit status %d after SIGTERM, want 143", code)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output file exists after SIGTERM: %v", err)
	}
}

// TestInterruptEndsBlockedReads: a read that never returns (standard
// input from a pipe left open, a FIFO with no writer) does not keep the
// process alive after Ctrl-C.
func TestInterruptEndsBlockedReads(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	if code := stopWith(t, os.Interrupt, pr, "parse", "-"); code != exitInterrupted {
		t.Errorf("standard input: exit status %d after Ctrl-C, want %d", code, exitInterrupted)
	}
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if code := stopWith(t, os.Interrupt, nil, "parse", fifo); code != exitInterrupted {
		t.Errorf("FIFO: exit status %d after Ctrl-C, want %d", code, exitInterrupted)
	}
}

// TestMapperStreams: as a Hadoop Streaming or Spark pipe mapper, bulletin
// writes each path's record as soon as it is parsed, while the list on
// standard input is still open, not when the list ends.
func TestMapperStreams(t *testing.T) {
	doc, err := filepath.Abs("../../testdata/corpus/yunfu-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(binDir, "bulletin"), "parse", "-q", "-f", "jsonl", "--files-from", "-")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer in.Close()
	fmt.Fprintln(in, doc)
	line := make(chan string, 1)
	go func() {
		r := bufio.NewReader(out)
		s, _ := r.ReadString('\n')
		line <- s
		io.Copy(io.Discard, r)
	}()
	select {
	case s := <-line:
		if !strings.Contains(s, `"path":"`+doc+`"`) {
			t.Errorf("first line is not the record of %s: %.200s", doc, s)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("no record while the list stays open")
	}
}
