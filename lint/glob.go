package lint

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// ValidGlob checks the syntax of an ignore or exclude glob.
func ValidGlob(pattern string) error {
	if strings.TrimSpace(pattern) == "" {
		return fmt.Errorf("empty glob")
	}
	for _, seg := range strings.Split(strings.Trim(filepath.ToSlash(pattern), "/"), "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("bad glob %q: %v", pattern, err)
		}
	}
	return nil
}

// MatchGlob reports whether the slash-separated relative path rel, or a
// folder it lies in, matches pattern. A pattern without a slash matches any
// one element of the path (a file or folder name: "drafts", "*.html"); a
// pattern with a slash matches from the start of rel, where "**" stands for
// any number of folders ("archive/**/*.md", "wire/2019"). A trailing slash
// is ignored, a leading one anchors the pattern (which it is anyway).
func MatchGlob(pattern, rel string) bool {
	pattern = strings.TrimSuffix(filepath.ToSlash(pattern), "/")
	rel = strings.Trim(filepath.ToSlash(rel), "/")
	segs := strings.Split(rel, "/")
	if !strings.Contains(pattern, "/") {
		for _, s := range segs {
			if ok, _ := path.Match(pattern, s); ok {
				return true
			}
		}
		return false
	}
	pat := strings.Split(strings.TrimPrefix(pattern, "/"), "/")
	budget := 10000
	return matchPrefix(pat, segs, &budget)
}

// matchPrefix reports whether pat matches segs or a leading part of it.
func matchPrefix(pat, segs []string, budget *int) bool {
	*budget--
	if *budget < 0 {
		return false
	}
	if len(pat) == 0 {
		return true // a folder matched: everything under it too
	}
	if pat[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if matchPrefix(pat[1:], segs[i:], budget) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	if ok, _ := path.Match(pat[0], segs[0]); !ok {
		return false
	}
	return matchPrefix(pat[1:], segs[1:], budget)
}

// Ignored reports whether the config's ignore globs exclude path.
func (c *Config) Ignored(p string) bool {
	if c == nil || len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	dir := c.Dir
	if d, err := filepath.Abs(dir); err == nil {
		dir = d
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	for _, g := range c.Ignore {
		if MatchGlob(g, rel) {
			return true
		}
	}
	return false
}
