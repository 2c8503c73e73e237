package source

import (
	"errors"
	"fmt"
	"testing"
)

// A sentinel of NewError keeps its own message, and errors.Is finds it and
// its category through any wrapping, but no other category.
func TestNewError(t *testing.T) {
	errOld := NewError(ErrUnsupported, "fmt: version too old")
	err := fmt.Errorf("%w: version 2", errOld)
	if got := err.Error(); got != "fmt: version too old: version 2" {
		t.Errorf("message %q", got)
	}
	if !errors.Is(err, errOld) || !errors.Is(err, ErrUnsupported) {
		t.Errorf("%v: sentinel or category not found", err)
	}
	for _, other := range []error{ErrDamaged, ErrLimit, ErrInternal, ErrEncrypted} {
		if errors.Is(err, other) {
			t.Errorf("%v is %v", err, other)
		}
	}
}

// The shared sentinels are of the categories their godoc names.
func TestSharedSentinelCategories(t *testing.T) {
	if !errors.Is(ErrTooDeep, ErrLimit) {
		t.Error("ErrTooDeep is not an ErrLimit")
	}
	if !errors.Is(ErrEncrypted, ErrUnsupported) {
		t.Error("ErrEncrypted is not an ErrUnsupported")
	}
}
