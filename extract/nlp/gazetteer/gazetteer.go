package gazetteer

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Default locations of the lists (Debian bookworm).
const (
	// FFakerGlob matches ruby-ffaker's name lists directory.
	FFakerGlob = "/usr/share/rubygems-integration/all/gems/ffaker-*/lib/ffaker/data/name"
	// GeoNamesCatalog is libgeonames-common's English catalogue: GeoNames
	// ids mapped to English place names.
	GeoNamesCatalog = "/usr/share/locale/en/LC_MESSAGES/geonames.mo"
)

// Lists are the names read, each list sorted and without repeats.
type Lists struct {
	Given, Surnames, Places []string
}

// ReadDefault reads the lists from their Debian locations. A missing file
// is an error naming the package that installs it.
func ReadDefault() (*Lists, error) {
	dirs, _ := filepath.Glob(FFakerGlob)
	if len(dirs) == 0 {
		return nil, fmt.Errorf("%s missing: install the Debian package ruby-ffaker (scripts/model-deps.sh)", FFakerGlob)
	}
	slices.Sort(dirs)
	dir := dirs[len(dirs)-1]
	var l Lists
	var err error
	if l.Given, err = readLines(filepath.Join(dir, "first_names_female"), filepath.Join(dir, "first_names_male")); err != nil {
		return nil, err
	}
	if l.Surnames, err = readLines(filepath.Join(dir, "last_names")); err != nil {
		return nil, err
	}
	f, err := os.Open(GeoNamesCatalog)
	if err != nil {
		return nil, fmt.Errorf("%s missing: install the Debian package libgeonames-common (scripts/model-deps.sh)", GeoNamesCatalog)
	}
	defer f.Close()
	if l.Places, err = ReadCatalog(f); err != nil {
		return nil, fmt.Errorf("%s: %w", GeoNamesCatalog, err)
	}
	return &l, nil
}

// readLines reads files of one name a line.
func readLines(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if s := strings.TrimSpace(sc.Text()); s != "" {
				out = append(out, s)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return uniq(out), nil
}

// ReadCatalog returns the translations of a gettext message catalogue
// (.mo): for GeoNames' English catalogue, the place names. The format is
// read here, with every count and offset checked against the file's size
// (the Go gettext libraries return nothing on a bad file, or allocate
// what a corrupt count asks for).
func ReadCatalog(r io.Reader) ([]string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, fmt.Errorf("not a gettext catalogue (%d bytes)", len(b))
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("not a gettext catalogue (magic number)")
	}
	n, trans := uint64(bo.Uint32(b[8:])), uint64(bo.Uint32(b[16:]))
	size := uint64(len(b))
	if n == 0 || trans+8*n > size {
		return nil, fmt.Errorf("gettext catalogue: %d entries do not fit in %d bytes", n, size)
	}
	var out []string
	for i := uint64(0); i < n; i++ {
		e := b[trans+8*i:]
		l, off := uint64(bo.Uint32(e)), uint64(bo.Uint32(e[4:]))
		if off+l > size {
			return nil, fmt.Errorf("gettext catalogue: entry %d outside the file", i)
		}
		s := string(b[off : off+l])
		if j := strings.IndexByte(s, 0); j >= 0 {
			s = s[:j] // plural forms: the first
		}
		if strings.Contains(s, "Content-Type:") {
			continue // the catalogue's header
		}
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gettext catalogue without entries")
	}
	return uniq(out), nil
}

// uniq sorts s and drops repeats.
func uniq(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}
