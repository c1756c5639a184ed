#pragma once

#include <QIcon>

namespace helpline {

// The workstation's one icon set: simple line icons drawn in code, in the text colour of the
// current palette (so they follow the light and dark themes), sharp at any size and scale.
class ShellIcons {
public:
    enum class Kind {
        Intake,    // a speech bubble: a contact
        Cases,     // a folder
        FollowUps, // a clock
        Directory, // an address card
        Review,    // a shield with a check mark
        Audit,     // a list of entries under a magnifying glass
        NewIntake, // a plus in a circle
        Lock,      // a padlock
        SignOut,   // a door with an arrow
        Settings,  // sliders
        Quit,      // a power symbol
        Account,   // a person
        Sync,      // two arrows chasing each other round a circle
    };
    static QIcon icon(Kind kind);
};

} // namespace helpline
