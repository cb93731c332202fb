package kyodo.core;

/**
 * A link a module adds to the portal's navigation. In the main menu {@code role} is who the link is
 * for (null: everyone). Links in the {@link Menu#ADMIN} menu appear on the management page and
 * carry no role: the module's {@link PageAccess} area of the path decides who sees them, as it
 * decides who may open the page.
 */
public record NavigationLink(Menu menu, int order, String path, String labelKey, Role role) {

    public enum Menu { MAIN, ADMIN }

    /** The links a module contributes; every bean of this type is asked. */
    public interface Provider {
        java.util.List<NavigationLink> links();
    }
}
