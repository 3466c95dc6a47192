package org.maydan.gazetteer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A public type earns its visibility: some class of another package depends on it. */
final class UsedFromAnotherPackage extends ArchCondition<JavaClass> {

    static final UsedFromAnotherPackage CONDITION = new UsedFromAnotherPackage();

    private UsedFromAnotherPackage() {
        super("be used from another package");
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        boolean used = type.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
        events.add(new SimpleConditionEvent(type, used,
                type.getName() + (used ? " is" : " is not") + " used outside " + type.getPackageName()));
    }
}
