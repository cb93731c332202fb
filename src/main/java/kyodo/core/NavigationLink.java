package kyodo.core;

/**
 * A link a module adds to the portal's navigation. {@code role} null means everyone;
 * links in the {@link Menu#ADMIN} menu appear on the management page for their roles.
 */
public record NavigationLink(Menu menu, int order, String path, String labelKey, Role role) {

    public enum Menu { MAIN, ADMIN }

    /** The links a module contributes; every bean of this type is asked. */
    public interface Provider {
        java.util.List<NavigationLink> links();
    }
}
