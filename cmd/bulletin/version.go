package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"bulletin/schema"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module version recorded by the Go toolchain is used.
var version = ""

func newVersionCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of bulletin, its source revision and its record schema",
		Long: `Version prints the module version and the record schema version, then the
revision and time of the commit it was built from (with "modified" when the
tree had changes) where the build recorded them, and the Go toolchain.
bulletin --version prints the same.`,
		Example: "  bulletin version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(ios.Out, versionText())
			return nil
		},
	}
}

// versionText is what version and --version print.
func versionText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "bulletin %s (record schema %s)\n", moduleVersion(), schema.Version)
	if rev, ok := buildSetting("vcs.revision"); ok {
		fmt.Fprintf(&b, "revision %s", rev)
		if t, ok := buildSetting("vcs.time"); ok {
			fmt.Fprintf(&b, " of %s", t)
		}
		if m, _ := buildSetting("vcs.modified"); m == "true" {
			b.WriteString(", modified")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return b.String()
}

// moduleVersion is the version set at link time, or the module's as the Go
// toolchain recorded it (a tag with go install …@v1.2.0, (devel) in a
// checkout).
func moduleVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// buildSetting is a setting the build recorded (vcs.revision, vcs.time,
// vcs.modified: present when built from a VCS checkout with -buildvcs).
func buildSetting(key string) (string, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	for _, s := range bi.Settings {
		if s.Key == key && s.Value != "" {
			return s.Value, true
		}
	}
	return "", false
}

// buildTime is the time of the commit built from, if recorded.
func buildTime() (time.Time, bool) {
	s, ok := buildSetting("vcs.time")
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
