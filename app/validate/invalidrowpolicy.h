#pragma once

// InvalidRowPolicy { Block, SkipInvalidRows } lives with the presets that store it.
#include "mapping/invalidrowpolicy.h"
