package mosaic.ui.internal.navigator;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.ui.session.Sessions;

/** Icons of objects: the item providers' icon per kind, and a coloured disc per actor kind. */
public final class Icons {

    private static final Map<Object, Image> CACHE = new HashMap<>();
    private static final Map<ActorKind, RGB> ACTOR_COLOURS = Map.of(
        ActorKind.ARMED_GROUP, new RGB(0xc6, 0x28, 0x28),
        ActorKind.STATE_SECURITY_FORCE, new RGB(0x1e, 0x56, 0xa0),
        ActorKind.COMMUNITY_GROUP, new RGB(0xef, 0x8a, 0x00),
        ActorKind.CRIMINAL_NETWORK, new RGB(0x55, 0x55, 0x55),
        ActorKind.POLITICAL_ACTOR, new RGB(0x7b, 0x1f, 0xa2),
        ActorKind.INDIVIDUAL, new RGB(0x00, 0x89, 0x7b),
        ActorKind.PROTECTION_ACTOR, new RGB(0x2e, 0x7d, 0x32),
        ActorKind.MISSION, new RGB(0x00, 0x9e, 0xdb));

    private Icons() {
    }

    /** The icon of an object (UI thread). */
    public static Image of(Object object) {
        if (object instanceof Actor actor && actor.getKind() != null) {
            return CACHE.computeIfAbsent(actor.getKind(), kind -> disc(ACTOR_COLOURS.get(kind)));
        }
        IItemLabelProvider labels = (IItemLabelProvider) Sessions.current().adapterFactory().adapt(object, IItemLabelProvider.class);
        Object image = labels == null ? null : labels.getImage(object);
        if (image instanceof URL url) {
            return CACHE.computeIfAbsent(url.toString(), key -> ImageDescriptor.createFromURL(url).createImage(false));
        }
        return null;
    }

    /** The colour of an actor kind, as its icon shows it (grey for none). */
    public static RGB colour(ActorKind kind) {
        RGB rgb = kind == null ? null : ACTOR_COLOURS.get(kind);
        return rgb == null ? new RGB(0x78, 0x78, 0x78) : rgb;
    }

    /** The icon of the kind whose example object is given. */
    public static Image ofKind(org.eclipse.emf.ecore.EClass kind) {
        Image image = CACHE.get(kind);
        if (image == null) {
            image = of(mosaic.model.MosaicFactory.eINSTANCE.create(kind));
            if (image != null) {
                CACHE.put(kind, image);
            }
        }
        return image;
    }

    private static Image disc(RGB rgb) {
        Display display = Display.getDefault();
        ImageData data = new ImageData(16, 16, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        data.alphaData = new byte[16 * 16];
        Image scratch = new Image(display, data);
        GC gc = new GC(scratch);
        org.eclipse.swt.graphics.Color color = new org.eclipse.swt.graphics.Color(display, rgb);
        gc.setBackground(color);
        gc.fillRectangle(0, 0, 16, 16);
        gc.dispose();
        ImageData filled = scratch.getImageData();
        scratch.dispose();
        filled.alphaData = new byte[16 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                double d = Math.hypot(x - 7.5, y - 7.5);
                int alpha = d <= 5.5 ? 255 : d >= 6.5 ? 0 : (int) (255 * (6.5 - d));
                filled.alphaData[y * 16 + x] = (byte) alpha;
            }
        }
        return new Image(display, filled);
    }
}
