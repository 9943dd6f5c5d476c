import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the skill's store icons, 108 and 512 pixels square (the sizes the Alexa developer console asks
 * for), into skill-package/assets/images. Run from the repository root when the design changes:
 * {@code java src/tools/IconMaker.java}. Not part of the build: the PNGs are checked in.
 */
public final class IconMaker {

    public static void main(String[] args) throws IOException {
        File folder = new File("skill-package/assets/images");
        folder.mkdirs();
        for (int size : new int[] {108, 512}) {
            ImageIO.write(draw(size), "png", new File(folder, "cramp-coach-" + size + ".png"));
        }
    }

    /** A night sky, a crescent moon, and a calf stretched against a wall, drawn at 512 and scaled. */
    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(size / 512.0, size / 512.0);
        g.setColor(new Color(0x1d2b53));
        g.fillRect(0, 0, 512, 512);
        Area moon = new Area(new Ellipse2D.Double(330, 60, 120, 120));
        moon.subtract(new Area(new Ellipse2D.Double(365, 40, 120, 120)));
        g.setColor(new Color(0xf4d35e));
        g.fill(moon);
        // A leg in a calf stretch: heel down, knee straight, hands to a wall.
        g.setColor(new Color(0x5fc9b5));
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D leg = new Path2D.Double();
        leg.moveTo(140, 420);
        leg.lineTo(230, 260);
        leg.lineTo(330, 420);
        g.draw(leg);
        g.drawLine(230, 260, 250, 170);
        g.drawLine(250, 190, 360, 230);
        g.fill(new Ellipse2D.Double(225, 95, 60, 60));
        g.drawLine(100, 440, 420, 440);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString("CC", 60, 40 + metrics.getAscent());
        g.dispose();
        return image;
    }
}
